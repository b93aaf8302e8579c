import { describe, expect, it } from "vitest";
import { loadContract } from "./index";
import { CANCELLATION_STATUSES, CONSOLIDATED_STATUSES } from "./statuses";

function enumOf(property: string): unknown[] {
  const schemas = loadContract("e-financing").components?.schemas as Record<string, { properties: Record<string, { enum?: unknown[] }> }>;
  return [...(schemas.CreditSubscriptionResponse?.properties[property]?.enum ?? [])].sort();
}

describe("the contract's statuses in code", () => {
  it.each([
    ["consolidatedStatus", CONSOLIDATED_STATUSES],
    ["cancellationStatus", CANCELLATION_STATUSES],
  ] as const)("%s lists exactly the contract's values", (property, values) => {
    expect([...values].sort()).toEqual(enumOf(property));
  });
});
