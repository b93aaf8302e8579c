import { describe, expect, it } from "vitest";
import { E_FINANCING_OPERATION_IDS, eFinancingOperations, matchTemplate, operationDef } from "./contract-operations";

describe("the operations read from the contract", () => {
  it("has the seven operations with the bank's paths", () => {
    expect(eFinancingOperations().map((o) => o.operationId).sort()).toEqual([...E_FINANCING_OPERATION_IDS].sort());
    expect(operationDef("cancelCreditSubscription")).toMatchObject({ method: "POST", path: "/subscriptions/{creditSubscriptionId}/_cancel" });
    expect(operationDef("getEligibleProductServices").parameters.map((p) => [p.name, p.required])).toEqual([
      ["buyerBillingCountry", true],
      ["financedAmount", true],
    ]);
    expect(operationDef("retrieveCreditSubscription").bodySchemaPointer).toBeUndefined();
    expect(operationDef("initiateCreditSubscription").bodySchemaPointer).toBe("/paths/~1subscriptions/post/requestBody/content/application~1json/schema");
  });
});

describe("matchTemplate", () => {
  it("binds path parameters and matches literal segments exactly", () => {
    expect(matchTemplate("/subscriptions/{creditSubscriptionId}/_cancel", ["subscriptions", "abc", "_cancel"])).toEqual({ creditSubscriptionId: "abc" });
    expect(matchTemplate("/subscriptions/{creditSubscriptionId}", ["subscriptions", "abc", "_cancel"])).toBeUndefined();
    expect(matchTemplate("/subscriptions", ["subscriptions"])).toEqual({});
    expect(matchTemplate("/_simulate-solutions", ["_simulate-solution"])).toBeUndefined();
  });
});
