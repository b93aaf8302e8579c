import { createTRPCRouter } from "../init";
import { adminRouter } from "./admin";
import { cartRouter } from "./cart";
import { catalogRouter } from "./catalog";
import { checkoutRouter } from "./checkout";
import { shopRouter } from "./shop";

export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  admin: adminRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  shop: shopRouter,
});

export type AppRouter = typeof appRouter;
