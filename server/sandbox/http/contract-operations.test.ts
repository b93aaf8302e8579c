import { describe, expect, it } from "vitest";
import { E_FINANCING_OPERATION_IDS, eFinancingOperations, matchTemplate, operationDef } from "./contract-operations";

describe("the operations read from the contract", () => {
  it("has the seven operations with the bank's paths", () => {
    expect(eFinancingOperations().map((o) => o.operationId).sort()).toEqual(E_FINANCING_OPERATION_IDS.filter((id) => id !== "doConfirmReturn").sort());
    expect(operationDef("cancelCreditSubscription")).toMatchObject({ method: "POST", path: "/subscriptions/{creditSubscriptionId}/_cancel" });
    expect(operationDef("getEligibleProductServices").parameters.map((p) => [p.name, p.required])).toEqual([
      ["buyerBillingCountry", true],
      ["financedAmount", true],
    ]);
    expect(operationDef("retrieveCreditSubscription").bodySchemaPointer).toBeUndefined();
    expect(operationDef("initiateCreditSubscription").bodySchemaPointer).toBe("/paths/~1subscriptions/post/requestBody/content/application~1json/schema");
  });
});

describe("the operations of 1.7.1", () => {
  it("add _confirmReturn, require language on POST /subscriptions, and keep the 1.4.0 ids for the renamed simulation", () => {
    expect(eFinancingOperations("1.7.1").map((o) => o.operationId).sort()).toEqual([...E_FINANCING_OPERATION_IDS].sort());
    expect(eFinancingOperations("1.4.0").some((o) => o.operationId === "doConfirmReturn")).toBe(false);
    expect(operationDef("doConfirmReturn", "1.7.1")).toMatchObject({ method: "POST", path: "/subscriptions/{creditSubscriptionId}/_confirmReturn" });
    expect(operationDef("initiateCreditSubscription", "1.7.1").parameters.map((p) => [p.name, p.required])).toEqual([["language", true]]);
    expect(operationDef("initiateCreditSubscription", "1.4.0").parameters).toEqual([]);
    expect(operationDef("simulateSolution", "1.7.1").path).toBe("/_simulate-solutions");
    expect(() => operationDef("doConfirmReturn", "1.4.0")).toThrow(/not in version 1.4.0/);
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
