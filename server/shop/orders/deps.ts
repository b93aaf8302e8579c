import "server-only";
import type { ShopDb } from "@/db/shop/client";
import type { BankEnvironment } from "@/server/lib/bank-environment";
import type { BankClient } from "../bank/client";
import type { ApiVersion } from "../bank/later-versions";

/**
 * What every engine function works with, passed in rather than imported so
 * that tests run the engine on a temporary database against a sandbox
 * merchant of their own. The app's defaults: engineDeps() in ./default-deps.
 */
export interface EngineDeps {
  db: ShopDb;
  bank: BankClient;
  /** The E-financing version the bank speaks: decides what the merchant may ask of it (1.7.1 adds the return confirmation). */
  apiVersion: ApiVersion;
  /** Which bank `bank` is (sandbox, uatc, prod): stored with every order placed. */
  bankEnvironment: BankEnvironment;
  /** Public origin of the shop: the bank sends the shopper back to `${appUrl}/checkout/return/{publicToken}`. */
  appUrl: string;
  /** Epoch ms; defaults to Date.now. */
  now?: () => number;
  /** Waits between the re-reads of the return page; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export const nowOf = (deps: EngineDeps): number => (deps.now ?? Date.now)();

export const sleepOf = (deps: EngineDeps) => deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
