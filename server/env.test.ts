import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEMO_VALUES, envSchema, EnvError, MIN_PRODUCTION_AUTH_SECRET, parseEnv } from "./env";

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

const REAL = {
  NODE_ENV: "production",
  APP_URL: "https://shop.example",
  SCALEXPERT_BASE_URL: "https://api.scalexpert.uatc.societegenerale.com/baas/uatc",
  SCALEXPERT_CLIENT_ID: "merchant-client-id",
  SCALEXPERT_CLIENT_SECRET: "merchant-client-secret",
  SCALEXPERT_WEBHOOK_SECRET: "the-key-set-in-the-bank-webhook-config",
  AUTH_SECRET: "x".repeat(MIN_PRODUCTION_AUTH_SECRET),
  ADMIN_PASSWORD: "a long admin password",
  MERCHANT_NAME: "Cafés Martin SAS",
  MERCHANT_ORIAS: "07023456",
};

/** The variables named at the start of each line of the refusal. */
function refused(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return [...(error as Error).message.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]!);
  }
  return [];
}

describe("merchant identity", () => {
  it("has a demo identity whose ORIAS number is plainly not a real one", () => {
    expect(parseEnv({})).toMatchObject({ MERCHANT_NAME: DEMO_VALUES.MERCHANT_NAME, MERCHANT_ORIAS: "00000000", MERCHANT_FEE_MODELS: {} });
  });

  it("takes an ORIAS number of 8 digits, written with or without spaces, and refuses anything else", () => {
    expect(parseEnv({ MERCHANT_ORIAS: "07 023 456" }).MERCHANT_ORIAS).toBe("07023456");
    for (const bad of ["0702345", "070234567", "ORIAS07023456", "XXXXX"]) expect(() => parseEnv({ MERCHANT_ORIAS: bad }), bad).toThrow(/MERCHANT_ORIAS/);
  });

  it("reads fee-model overrides per solution code and refuses an unknown model or code", () => {
    expect(parseEnv({ MERCHANT_FEE_MODELS: "SCFRSP-3XAB=shared, SCFRSP=merchant" }).MERCHANT_FEE_MODELS).toEqual({ "SCFRSP-3XAB": "shared", SCFRSP: "merchant" });
    expect(() => parseEnv({ MERCHANT_FEE_MODELS: "SCFRSP-3XAB=free" })).toThrow(/MERCHANT_FEE_MODELS/);
    expect(() => parseEnv({ MERCHANT_FEE_MODELS: "3X=shared" })).toThrow(/MERCHANT_FEE_MODELS/);
    expect(() => parseEnv({ MERCHANT_FEE_MODELS: "SCFRSP-3XAB" })).toThrow(/MERCHANT_FEE_MODELS/);
  });
});

describe("modes", () => {
  it("is a demo with no variables, under next start too (NODE_ENV=production, embedded bank)", () => {
    expect(parseEnv({}).APP_MODE).toBe("demo");
    expect(parseEnv({ NODE_ENV: "production" }).APP_MODE).toBe("demo");
    expect(parseEnv({ NODE_ENV: "production", APP_URL: "http://127.0.0.1:4000", SCALEXPERT_BASE_URL: "http://127.0.0.1:4000/sandbox/baas/uatc" }).APP_MODE).toBe("demo");
  });

  it("is production with NODE_ENV=production and a bank that is not the embedded sandbox, or when asked", () => {
    expect(parseEnv(REAL).APP_MODE).toBe("production");
    expect(parseEnv({ ...REAL, NODE_ENV: undefined, APP_MODE: "production" }).APP_MODE).toBe("production");
    // Developing against UATC locally (next dev) stays a demo.
    expect(parseEnv({ SCALEXPERT_BASE_URL: REAL.SCALEXPERT_BASE_URL }).APP_MODE).toBe("demo");
  });

  it("refuses a demo paired with a real bank under NODE_ENV=production", () => {
    expect(refused({ ...REAL, APP_MODE: "demo" })).toEqual(["APP_MODE"]);
  });
});

describe("production refusals", () => {
  it("accepts real-looking values", () => {
    expect(refused(REAL)).toEqual([]);
  });

  it("names every variable left at its demo value, in one message", () => {
    expect(refused({ NODE_ENV: "production", APP_URL: REAL.APP_URL, SCALEXPERT_BASE_URL: REAL.SCALEXPERT_BASE_URL })).toEqual(
      Object.keys(DEMO_VALUES).filter((name) => name !== "SANDBOX_CONSOLE_PASSWORD"),
    );
    for (const [name, value] of Object.entries(DEMO_VALUES)) {
      if (name === "SANDBOX_CONSOLE_PASSWORD") continue;
      expect(refused({ ...REAL, [name]: value }), name).toEqual([name]);
    }
  });

  it("refuses a production shop with no ORIAS number, saying why in one line", () => {
    expect(refused({ ...REAL, MERCHANT_ORIAS: undefined })).toEqual(["MERCHANT_ORIAS"]);
    expect(() => parseEnv({ ...REAL, MERCHANT_ORIAS: "" })).toThrow(/^ {2}MERCHANT_ORIAS: missing or the demo number; the French lender's legal texts end with your ORIAS/m);
  });

  it("refuses a missing or short AUTH_SECRET", () => {
    expect(refused({ ...REAL, AUTH_SECRET: undefined })).toEqual(["AUTH_SECRET"]);
    expect(refused({ ...REAL, AUTH_SECRET: "" })).toEqual(["AUTH_SECRET"]);
    expect(refused({ ...REAL, AUTH_SECRET: "y".repeat(MIN_PRODUCTION_AUTH_SECRET - 1) })).toEqual(["AUTH_SECRET"]);
  });

  it("refuses an http APP_URL or bank, and the embedded sandbox as the bank", () => {
    expect(refused({ ...REAL, APP_URL: "http://shop.example" })).toEqual(["APP_URL"]);
    expect(refused({ ...REAL, APP_URL: undefined })).toEqual(["APP_URL"]);
    expect(refused({ ...REAL, SCALEXPERT_BASE_URL: "http://bank.example/baas/uatc" })).toEqual(["SCALEXPERT_BASE_URL"]);
    expect(refused({ ...REAL, APP_MODE: "production", SCALEXPERT_BASE_URL: undefined })).toEqual(["SCALEXPERT_BASE_URL"]);
  });

  it("lets next build through (it runs with NODE_ENV=production, without the deployment's secrets)", () => {
    expect(parseEnv({ ...REAL, AUTH_SECRET: undefined, NEXT_PHASE: "phase-production-build" }).APP_MODE).toBe("production");
  });

  it("accepts the demo values in demo mode", () => {
    expect(refused({ NODE_ENV: "production", APP_URL: "http://demo.example" })).toEqual([]);
  });
});

describe(".env.example", () => {
  const text = readFileSync(new URL("../.env.example", import.meta.url), "utf8");
  const set = Object.fromEntries([...text.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));

  it("documents every variable (NODE_ENV is the runtime's)", () => {
    const documented = new Set([...text.matchAll(/^#? ?([A-Z_]{3,})=/gm)].map((m) => m[1]));
    expect(Object.keys(envSchema.in.shape).filter((k) => k !== "NODE_ENV" && !documented.has(k))).toEqual([]);
  });

  it("holds the demo defaults, which production mode refuses", () => {
    const parsed = parseEnv({ ...set, NODE_ENV: "production" });
    expect(parsed).toMatchObject({ ...parseEnv({ NODE_ENV: "production" }), APP_MODE: "demo" });
    for (const [name, value] of Object.entries(DEMO_VALUES)) expect(set[name], name).toBe(value);
  });
});
