/**
 * The bench's dealings with the embedded bank over HTTP, as any merchant
 * would have them: test merchants of its own (console control), tokens,
 * request bodies. Nothing here imports sandbox code.
 */
import { randomUUID } from "node:crypto";
import { bankBase, DEMO_MERCHANT, DEMO_SOLUTION_CODES, subscriptionBody as fixtureBody, testControls } from "@/tests/support/bank-fixtures";
import type { CreatedMerchant } from "@/server/sandbox/console/controls-client";
import { httpJson } from "./http";

export { accessToken, bankBase, DEMO_SOLUTION_CODES, testControls } from "@/tests/support/bank-fixtures";
export type BenchMerchant = Pick<CreatedMerchant, "merchantId" | "clientId" | "clientSecret">;
/** The sandbox's demo merchant: the shop's default credentials (server/env.ts). */
export const DEMO_CREDENTIALS = DEMO_MERCHANT;

export const apiBase = (baseURL: string) => `${bankBase(baseURL)}/e-financing/api/v1`;
/** Where applications are opened: 1.7.1 requires the journey's language (French, as the bench's solutions are), 1.4.0 ignores it. */
export const subscriptionsUrl = (baseURL: string) => `${apiBase(baseURL)}/subscriptions?language=fr-FR`;

/** A merchant of the bench's own, without a token yet (the token figures count them): its subscriptions, tokens and rate window are its alone. */
export const createBenchMerchant = (baseURL: string, consolePassword: string, name: string, solutionCodes = DEMO_SOLUTION_CODES) =>
  testControls(baseURL, consolePassword).createMerchant({ name, solutionCodes });

/**
 * A French split-payment application (the shared fixture's). `orderId` may be autocannon's "[<id>]"
 * placeholder, replaced by a fresh id on every request.
 */
export const subscriptionBody = (orderId: string, financedAmount: number, confirmationUrl: string) =>
  fixtureBody("SCFRSP-3XTS", financedAmount, { merchantUrls: { confirmation: confirmationUrl } }, orderId);

/** Creates `count` subscriptions for a merchant over the API, `concurrency` at a time. */
export async function createSubscriptions(baseURL: string, token: string, count: number, concurrency: number, financedAmount: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await httpJson(
        subscriptionsUrl(baseURL),
        {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(subscriptionBody(randomUUID(), financedAmount, `${baseURL}/checkout/return/bench`)),
        },
        201,
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
