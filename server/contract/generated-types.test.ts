/** The committed generated types must be what the contract files produce today. */
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { generatedFile, renderContractTypes } from "./generate-types";
import { CONTRACT_NAMES } from "./index";
import type {
  CancellationOutcomeV171,
  ConsolidatedStatus,
  DeliveryOperator,
  EFinancingPaths,
  EFinancingPathsV171,
  Subscription,
  SubscriptionRequestQueryV171,
  SubscriptionSummaryV171,
  SubscriptionV171,
  TokenResponse,
  WebhookEvent,
} from "./types";

describe.each(CONTRACT_NAMES)("generated/%s.ts", (name) => {
  it("is up to date (run `npm run contract:types` after editing the yaml)", async () => {
    const committed = readFileSync(generatedFile(name), "utf8");
    expect(committed).toBe(await renderContractTypes(name));
  }, 30_000);
});

describe("type aliases", () => {
  // Checked by `tsc --noEmit`: the aliases follow the contract, quirks included.
  it("follow the contract", () => {
    expectTypeOf<Subscription["basketDetails"]>().toEqualTypeOf<string>();
    expectTypeOf<ConsolidatedStatus>().toEqualTypeOf<
      "INITIALIZED" | "REQUESTED" | "PRE_ACCEPTED" | "ACCEPTED" | "REJECTED" | "ABORTED" | "CANCELLED"
    >();
    expectTypeOf<"GLS">().toExtend<DeliveryOperator>();
    expectTypeOf<TokenResponse["expires_in"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<WebhookEvent["status"]>().toEqualTypeOf<"OK" | "ERROR" | "INACTIVE" | "NO_CONFIG">();
    expectTypeOf<keyof EFinancingPaths>().toEqualTypeOf<
      | "/eligible-solutions"
      | "/subscriptions"
      | "/subscriptions/{creditSubscriptionId}"
      | "/subscriptions/{creditSubscriptionId}/_confirmDelivery"
      | "/subscriptions/{creditSubscriptionId}/_cancel"
      | "/_simulate-solutions"
    >();
  });

  it("follow the 1.7.1 contract under their V171 names", () => {
    expectTypeOf<SubscriptionV171["consolidatedSubstatus"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SubscriptionSummaryV171["consolidatedSubstatus"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SubscriptionV171["cancellationAlreadyMade"]>().toEqualTypeOf<boolean>();
    expectTypeOf<SubscriptionV171>().not.toHaveProperty("clientId");
    expectTypeOf<SubscriptionRequestQueryV171>().toEqualTypeOf<{ language: string }>();
    expectTypeOf<"REQUEST_PART_CANCELLATION">().toExtend<CancellationOutcomeV171>();
    expectTypeOf<Exclude<keyof EFinancingPathsV171, keyof EFinancingPaths>>().toEqualTypeOf<"/subscriptions/{creditSubscriptionId}/_confirmReturn">();
  });
});
