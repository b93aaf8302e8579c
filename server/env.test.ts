import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("runs the demo with no variables at all", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.SCALEXPERT_BASE_URL).toBe("http://localhost:3000/sandbox/baas/uatc");
  });

  it("derives the sandbox base URL from the app origin", () => {
    const env = parseEnv({ PORT: "4100", APP_URL: "https://shop.example/" });
    expect(env.APP_URL).toBe("https://shop.example");
    expect(env.SCALEXPERT_BASE_URL).toBe("https://shop.example/sandbox/baas/uatc");
  });

  it("speaks the sandbox demo merchant's version to the sandbox, and the live 1.7.1 to a real bank", () => {
    expect(parseEnv({}).SCALEXPERT_API_VERSION).toBe("1.4.0");
    expect(parseEnv({ SANDBOX_DEMO_API_VERSION: "1.7.1" }).SCALEXPERT_API_VERSION).toBe("1.7.1");
    expect(parseEnv({ SCALEXPERT_BASE_URL: "https://api.scalexpert.uatc.societegenerale.com/baas/uatc" }).SCALEXPERT_API_VERSION).toBe("1.7.1");
    expect(parseEnv({ SCALEXPERT_BASE_URL: "https://bank.example/baas/uatc", SCALEXPERT_API_VERSION: "1.4.0" }).SCALEXPERT_API_VERSION).toBe("1.4.0");
    expect(() => parseEnv({ SCALEXPERT_API_VERSION: "1.5" })).toThrow(/SCALEXPERT_API_VERSION/);
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "seventy" })).toThrow(/PORT/);
    expect(() => parseEnv({ SCALEXPERT_BASE_URL: "not a url" })).toThrow(/SCALEXPERT_BASE_URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });
});
