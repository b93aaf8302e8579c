import "server-only";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { bankClient } from "../bank/default-client";
import type { EngineDeps } from "./deps";

/** The app's engine: its database, its bank client, its public origin. */
export function engineDeps(): EngineDeps {
  return { db: shopDb(), bank: bankClient(), appUrl: env().APP_URL };
}
