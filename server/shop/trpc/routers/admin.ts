import { adminProcedure, createTRPCRouter } from "../init";
import { adminApiLogRouter } from "./admin-api-log";
import { adminFinancingRouter } from "./admin-financing";
import { adminOrdersRouter } from "./admin-orders";
import { adminSyncRouter } from "./admin-sync";

/** The back office. Every procedure under it is an adminProcedure (tests/integration/admin-auth.test.ts holds that). */
export const adminRouter = createTRPCRouter({
  whoami: adminProcedure.query(({ ctx }) => ({ email: ctx.admin.email })),
  orders: adminOrdersRouter,
  sync: adminSyncRouter,
  apiLog: adminApiLogRouter,
  financing: adminFinancingRouter,
});
