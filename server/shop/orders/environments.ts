import "server-only";
import { count, max, min, sql } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { orders } from "@/db/shop/schema";
import type { BankEnvironment } from "@/server/lib/bank-environment";

/** The orders of one bank environment: how many, how many reached the bank, when. */
export interface OrderEnvironment {
  /** Null for orders older than the record that `npm run db:migrate` has not filled in yet. */
  environment: BankEnvironment | null;
  orders: number;
  /** Orders the bank opened a subscription for. */
  subscriptions: number;
  firstPlacedAt: number;
  lastPlacedAt: number;
}

/**
 * Which bank environments this shop's orders were placed against, most orders first.
 * A production shop whose list holds `uatc` or `sandbox` subscriptions mixes test and real keys.
 */
export function orderEnvironments(db: ShopDb): OrderEnvironment[] {
  return db
    .select({
      environment: orders.bankEnvironment,
      orders: count(),
      subscriptions: count(orders.subscriptionId),
      firstPlacedAt: min(orders.createdAt),
      lastPlacedAt: max(orders.createdAt),
    })
    .from(orders)
    .groupBy(orders.bankEnvironment)
    .orderBy(sql`count(*) desc`)
    .all()
    .map((row) => ({ ...row, firstPlacedAt: row.firstPlacedAt ?? 0, lastPlacedAt: row.lastPlacedAt ?? 0 }));
}

