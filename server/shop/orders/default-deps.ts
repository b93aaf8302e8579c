import "server-only";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { bankClient } from "../bank/default-client";
import type { EngineDeps } from "./deps";

/** The app's engine: its database, its bank client, the version it speaks and which bank it is, its public origin. */
export function engineDeps(): EngineDeps {
  const { APP_URL, SCALEXPERT_API_VERSION, BANK_ENVIRONMENT } = env();
  return { db: shopDb(), bank: bankClient(), apiVersion: SCALEXPERT_API_VERSION, bankEnvironment: BANK_ENVIRONMENT, appUrl: APP_URL };
}
