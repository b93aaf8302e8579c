import "server-only";
import { shopDb } from "@/db/shop/client";
import { env } from "@/server/env";
import { createDbApiLogger } from "./api-log";
import { createBankClient, type BankClient } from "./client";

// One client per server process, so that every request shares one access
// token; kept on globalThis so that dev-mode module reloads keep it too.
const holder = globalThis as unknown as { __bankClient?: BankClient };

/** The app's client: the bank and credentials of the environment, every call logged in the shop's database. */
export function bankClient(): BankClient {
  const { SCALEXPERT_BASE_URL, SCALEXPERT_CLIENT_ID, SCALEXPERT_CLIENT_SECRET } = env();
  holder.__bankClient ??= createBankClient({
    baseUrl: SCALEXPERT_BASE_URL,
    clientId: SCALEXPERT_CLIENT_ID,
    clientSecret: SCALEXPERT_CLIENT_SECRET,
    logger: createDbApiLogger(shopDb()),
  });
  return holder.__bankClient;
}
