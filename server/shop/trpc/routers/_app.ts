import { createTRPCRouter } from "../init";
import { adminRouter } from "./admin";
import { catalogRouter } from "./catalog";

export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
