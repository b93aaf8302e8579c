import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { apiLogOperations, listApiCalls } from "../../bank/api-log";
import { adminProcedure, createTRPCRouter } from "../init";

/** "failed": no answer or HTTP ≥ 400; a number: that HTTP status. */
const outcome = z.union([z.literal("failed"), z.number().int().min(100).max(599)]);

export const adminApiLogRouter = createTRPCRouter({
  list: adminProcedure
    .input(
      z.object({
        operation: z.string().regex(/^[A-Za-z]{1,80}$/).optional(),
        outcome: outcome.optional(),
        orderId: z.uuid().optional(),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(10).max(200).default(50),
      }),
    )
    .query(({ input }) => {
      const { items, total } = listApiCalls(shopDb(), {
        operation: input.operation,
        orderId: input.orderId,
        errorsOnly: input.outcome === "failed",
        httpStatus: typeof input.outcome === "number" ? input.outcome : undefined,
        page: input.page,
        pageSize: input.pageSize,
      });
      return { items, total, page: input.page, pageSize: input.pageSize };
    }),

  operations: adminProcedure.query(() => apiLogOperations(shopDb())),
});
