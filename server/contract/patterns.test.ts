import { describe, expect, it } from "vitest";
import { loadContract } from "./index";
import { CONTACT_EMAIL, SOLUTION_CODE } from "./patterns";

function patternOf(schema: string, property: string): unknown {
  const schemas = loadContract("e-financing").components?.schemas as Record<string, { properties: Record<string, { pattern?: string }> }>;
  return schemas[schema]?.properties[property]?.pattern;
}

describe("the contract's patterns in code", () => {
  it.each([
    ["Contact", "email", CONTACT_EMAIL],
    ["InitiateCreditSubscriptionRequest", "solutionCode", SOLUTION_CODE],
  ] as const)("%s.%s is the contract's pattern", (schema, property, pattern) => {
    expect(pattern.source).toBe(patternOf(schema, property));
    expect(pattern.flags).toBe("");
  });
});
