import "server-only";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { bankClient } from "../bank/default-client";
import type { EngineDeps } from "./deps";

/** The app's engine: its database, its bank client and the version it speaks, its public origin. */
export function engineDeps(): EngineDeps {
  const { APP_URL, SCALEXPERT_API_VERSION } = env();
  return { db: shopDb(), bank: bankClient(), apiVersion: SCALEXPERT_API_VERSION, appUrl: APP_URL };
}
