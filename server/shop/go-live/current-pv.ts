import "server-only";
import type { ShopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import type { BankClient } from "../bank";
import { acceptanceCases } from "./acceptance-cases";
import { pvDocument, type PvDocument } from "./pv-de-recette";

/** The PV de recette of this deployment now, from its orders (the page and the PDF show the same). */
export async function currentPv(deps: { db: ShopDb; bank: Pick<BankClient, "getEligibleSolutions"> }, now = Date.now()): Promise<PvDocument> {
  const e = env();
  const report = await acceptanceCases({ db: deps.db, bank: deps.bank, bankEnvironment: e.BANK_ENVIRONMENT });
  return pvDocument({ merchant: e.MERCHANT_NAME, orias: e.MERCHANT_ORIAS, bankEnvironment: e.BANK_ENVIRONMENT, report, now });
}
