import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { bankEnvironmentOf } from "./bank-environment";

const real = { embedded: false, demoCredentials: false };

describe("which bank an order goes to", () => {
  it("knows the bank's two hosts", () => {
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://api.scalexpert.uatc.societegenerale.com/baas/uatc" })).toBe("uatc");
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://api.scalexpert.societegenerale.com/baas/prod/" })).toBe("prod");
  });

  it("takes any sandbox for the sandbox: embedded, on another origin, or reached with its public demo merchant", () => {
    expect(bankEnvironmentOf({ ...real, embedded: true, baseUrl: "http://localhost:3000/sandbox/baas/uatc" })).toBe("sandbox");
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://demo.example/sandbox/baas/uatc" })).toBe("sandbox");
    expect(bankEnvironmentOf({ ...real, demoCredentials: true, baseUrl: "https://api.scalexpert.societegenerale.com/baas/prod" })).toBe("sandbox");
  });

  it("reads a proxy's path, and never takes an unknown bank for a test one", () => {
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://bank-proxy.internal/baas/uatc" })).toBe("uatc");
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://bank-proxy.internal/baas/prod" })).toBe("prod");
    expect(bankEnvironmentOf({ ...real, baseUrl: "https://bank-proxy.internal/scalexpert" })).toBe("prod");
  });

  it("is derived from the environment's base URL and credentials", () => {
    expect(parseEnv({}).BANK_ENVIRONMENT).toBe("sandbox");
    const uatc = { SCALEXPERT_BASE_URL: "https://api.scalexpert.uatc.societegenerale.com/baas/uatc", SCALEXPERT_CLIENT_ID: "merchant-test-key" };
    expect(parseEnv(uatc).BANK_ENVIRONMENT).toBe("uatc");
    expect(parseEnv({ ...uatc, SCALEXPERT_CLIENT_ID: undefined }).BANK_ENVIRONMENT).toBe("sandbox");
  });
});
