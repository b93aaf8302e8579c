import { describe, expect, it } from "vitest";
import { fieldName, jsonPath, jsonType } from "./ajv-messages";
import { SandboxHttpError, GatewayValidationError } from "./errors";
import { validateBody, validateQuery } from "./validation";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const minimalDelivery = { isDelivered: true, trackingNumber: "TRK-1", operator: "DHL" };

describe("ajv error wording", () => {
  it("writes instance paths as the gateway's JSON paths", () => {
    expect(jsonPath("")).toBe("$");
    expect(jsonPath("/buyers/0/contact/email")).toBe("$.buyers[0].contact.email");
    expect(jsonPath("/a~1b/c~0d")).toBe("$.a/b.c~d");
    expect(fieldName("/buyers/0/contact")).toBe("buyers[0].contact");
    expect(fieldName("")).toBe("body");
  });

  it("names JSON types as JSON Schema does", () => {
    expect([jsonType(1), jsonType(1.5), jsonType("x"), jsonType(null), jsonType([]), jsonType({}), jsonType(true)]).toEqual([
      "integer",
      "number",
      "string",
      "null",
      "array",
      "object",
      "boolean",
    ]);
  });
});

describe("validateBody (schemas compiled from the contract)", () => {
  it("accepts a conforming body", () => {
    expect(() => validateBody("doConfirmDelivery", minimalDelivery)).not.toThrow();
  });

  it("answers a missing required field with the gateway's 1028 message", () => {
    const error = thrown(() => validateBody("initiateCreditSubscription", {}));
    expect(error).toBeInstanceOf(GatewayValidationError);
    expect((error as Error).message).toMatch(/^\[Code: 1028 \| Message: \$\.\w+: is missing but it is required \| path: \$\]$/);
  });

  it("names the missing field at its nesting level", () => {
    const error = thrown(() => validateBody("doConfirmDelivery", { trackingNumber: "x" }));
    expect((error as Error).message).toBe("[Code: 1028 | Message: $.isDelivered: is missing but it is required | path: $]");
  });

  it("reports a wrong type with what was found and what was expected", () => {
    const error = thrown(() => validateBody("doConfirmDelivery", { ...minimalDelivery, isDelivered: "yes" }));
    expect((error as Error).message).toBe("[Code: 1029 | Message: $.isDelivered: string found, boolean expected | path: $.isDelivered]");
    const root = thrown(() => validateBody("doConfirmDelivery", [1]));
    expect((root as Error).message).toBe("[Code: 1029 | Message: $: array found, object expected | path: $]");
  });

  it("reports a too long string and too many items", () => {
    const long = thrown(() => validateBody("doConfirmDelivery", { ...minimalDelivery, trackingNumber: "x".repeat(101) }));
    expect((long as Error).message).toBe("[Code: 1012 | Message: $.trackingNumber: may only be 100 characters long | path: $.trackingNumber]");
    const short = thrown(() => validateBody("doConfirmDelivery", { ...minimalDelivery, trackingNumber: "" }));
    expect((short as Error).message).toContain("$.trackingNumber: must be at least 1 characters long");
    const many = thrown(() =>
      validateBody("initiateCreditSubscription", {
        solutionCode: "SCFRSP-3XTS",
        merchantBasketId: "b",
        merchantGlobalOrderId: "o",
        merchantBuyerId: "u",
        financedAmount: 100,
        merchantUrls: {},
        buyers: [{}, {}],
        basketDetails: { basketItems: [] },
      }),
    );
    expect((many as Error).message).toContain("$.buyers: there must be a maximum of 1 items in the array | path: $.buyers]");
  });

  it("leaves format rules (enum, pattern) to the service's 400 REQUEST_VALIDATION_ERROR naming the field", () => {
    const error = thrown(() => validateBody("doConfirmDelivery", { ...minimalDelivery, operator: "POSTMAN_PAT" }));
    expect(error).toBeInstanceOf(SandboxHttpError);
    expect((error as SandboxHttpError).errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((error as SandboxHttpError).message).toContain("'operator'");
    expect((error as SandboxHttpError).message).toContain("POSTMAN_PAT");
  });

  it("prefers the gateway's error when a body breaks both kinds of rule", () => {
    const error = thrown(() => validateBody("doConfirmDelivery", { operator: "NOPE" }));
    expect(error).toBeInstanceOf(GatewayValidationError);
  });
});

describe("validateQuery", () => {
  it("types the parameters and applies the contract's defaults", () => {
    expect(validateQuery("getEligibleProductServices", new URLSearchParams("buyerBillingCountry=FR&financedAmount=199.9"))).toEqual({
      buyerBillingCountry: "FR",
      financedAmount: 199.9,
    });
    expect(validateQuery("retrieveCreditSubscriptionForSpecificMerchant", new URLSearchParams(""))).toEqual({ page: 1, pageSize: 20 });
  });

  it("refuses a missing required parameter and an unconvertible value", () => {
    const missing = thrown(() => validateQuery("getEligibleProductServices", new URLSearchParams("financedAmount=10")));
    expect((missing as SandboxHttpError).errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((missing as SandboxHttpError).message).toContain("'buyerBillingCountry'");
    const bad = thrown(() => validateQuery("retrieveCreditSubscriptionForSpecificMerchant", new URLSearchParams("page=abc")));
    expect((bad as SandboxHttpError).errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((bad as SandboxHttpError).message).toContain("'page'");
    const fraction = thrown(() => validateQuery("retrieveCreditSubscriptionForSpecificMerchant", new URLSearchParams("pageSize=1.5")));
    expect((fraction as SandboxHttpError).message).toContain("int32");
  });
});

describe("validation by the merchant's version", () => {
  it("requires language on POST /subscriptions in 1.7.1 only (the service's 400)", () => {
    const missing = thrown(() => validateQuery("initiateCreditSubscription", new URLSearchParams(""), "1.7.1"));
    expect(missing).toBeInstanceOf(SandboxHttpError);
    expect((missing as SandboxHttpError).errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((missing as SandboxHttpError).message).toContain("'language'");
    expect(validateQuery("initiateCreditSubscription", new URLSearchParams("language=fr-FR"), "1.7.1")).toEqual({ language: "fr-FR" });
    expect(validateQuery("initiateCreditSubscription", new URLSearchParams(""), "1.4.0")).toEqual({});
  });

  it("applies each version's limits: 1.4.0's single buyer, 1.7.1's 1..100", () => {
    const subscription = (buyers: unknown[]) => ({
      solutionCode: "SCFRSP-3XTS",
      merchantBasketId: "b",
      merchantGlobalOrderId: "o",
      merchantBuyerId: "u",
      financedAmount: 100,
      merchantUrls: { confirmation: "https://shop.example/back" },
      buyers,
      basketDetails: { basketItems: [] },
    });
    const messageOf = (body: unknown, version: "1.4.0" | "1.7.1") => (thrown(() => validateBody("initiateCreditSubscription", body, version)) as Error).message;
    expect(messageOf(subscription([{}, {}]), "1.4.0")).toContain("$.buyers: there must be a maximum of 1 items");
    expect(messageOf(subscription([{}, {}]), "1.7.1")).not.toContain("$.buyers:");
    expect(() => validateBody("doConfirmReturn", { isReturned: true }, "1.7.1")).not.toThrow();
    expect(thrown(() => validateBody("doConfirmReturn", {}, "1.7.1"))).toBeInstanceOf(GatewayValidationError);
  });
});
