import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { listProducts } from "../../catalog/products";
import { CONTRACTED_SOLUTIONS } from "../../financing/contract";
import { settingsShapeSchema } from "../../financing/settings";
import { readFinancingSettings, saveFinancingSettings, settingsHistory } from "../../financing/settings-store";
import { adminProcedure, createTRPCRouter } from "../init";

/**
 * The merchant's financing settings (/admin/financing). The contract's rules
 * (every solution once, amounts inside the bank's range) are checked by the
 * store on save and refused as a value with each field's issue, so that the
 * form can say which amount is outside which bound.
 */
export const adminFinancingRouter = createTRPCRouter({
  get: adminProcedure.query(() => {
    const db = shopDb();
    const products = listProducts(db).map((p) => ({ sku: p.sku, name: p.name, category: p.category }));
    return {
      ...readFinancingSettings(db),
      contract: CONTRACTED_SOLUTIONS,
      categories: [...new Set(products.map((p) => p.category))].sort((a, b) => a.localeCompare(b, "fr")),
      products,
      history: settingsHistory(db),
    };
  }),
  save: adminProcedure
    .input(z.object({ settings: settingsShapeSchema, baseRevision: z.number().int().nonnegative() }))
    .mutation(({ input, ctx }) => saveFinancingSettings(shopDb(), { settings: input.settings, baseRevision: input.baseRevision, changedBy: ctx.admin.email, now: Date.now() })),
});
