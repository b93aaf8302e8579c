import { adminProcedure, createTRPCRouter } from "../init";

export const adminRouter = createTRPCRouter({
  whoami: adminProcedure.query(({ ctx }) => ({ email: ctx.admin.email })),
});
