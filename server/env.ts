import { z } from "zod";
import { bankEnvironmentOf } from "./lib/bank-environment";

/**
 * The one description of every environment variable the app reads.
 * Defaults make `npm run demo` work with no `.env` at all: the bank is the
 * embedded sandbox on the app's own origin, with the sandbox's demo merchant.
 */
const port = z.coerce.number().int().min(1).max(65535);

/**
 * The public demo values: the defaults that make the demo run with no `.env`,
 * and exactly what production mode refuses (they are printed in the README).
 */
export const DEMO_VALUES = {
  AUTH_SECRET: "demo-only-auth-secret-change-me-in-production",
  ADMIN_PASSWORD: "scalexpert-demo",
  SCALEXPERT_WEBHOOK_SECRET: "sandbox-demo-webhook-key",
  SCALEXPERT_CLIENT_ID: "6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f",
  SCALEXPERT_CLIENT_SECRET: "sandbox-demo-secret",
  SANDBOX_CONSOLE_PASSWORD: "sandbox",
  MERCHANT_NAME: "Maison Crédit (boutique de démonstration)",
  /** No real registration is all zeros: a kit showing it cannot be mistaken for a real intermediary. */
  MERCHANT_ORIAS: "00000000",
} as const;

/**
 * Who pays a solution's financing costs under the merchant's contract: the merchant alone (total subsidy),
 * merchant and buyer (partial subsidy), the buyer, or the buyer while the merchant earns a commission.
 */
export const FEE_MODELS = ["merchant", "shared", "buyer", "commission"] as const;
export type FeeModel = (typeof FEE_MODELS)[number];

const solutionCode = z.string().regex(/^\w{6}-\w{4}$|^\w{6}$/, "a solution code such as SCFRSP-3XTS");

/** `SCFRSP-3XTS=merchant,SCXXYY=shared`: the fee model of solutions whose code does not say it, or says it wrongly. */
const feeModels = z
  .string()
  .transform((text) => text.split(",").map((item) => item.trim()).filter(Boolean).map((item) => item.split("=").map((part) => part.trim())))
  .pipe(z.array(z.tuple([solutionCode, z.enum(FEE_MODELS)], { error: "expected CODE=merchant|shared|buyer|commission" })))
  .transform((pairs) => Object.fromEntries(pairs) as Readonly<Record<string, FeeModel>>);

/** The intermediary's registration number at the ORIAS (8 digits; written with or without spaces). */
const oriasNumber = z
  .string()
  .transform((text) => text.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{8}$/, "8 digits, the ORIAS registration number"));

/** next-auth signs sessions with it: shorter than this is guessable offline from one cookie. */
export const MIN_PRODUCTION_AUTH_SECRET = 32;

/** The embedded sandbox is the bank when the base URL is unset or points at this app's own /sandbox/. */
function isEmbeddedSandbox(baseUrl: string | undefined, appUrl: string): boolean {
  if (baseUrl === undefined) return true;
  const bank = new URL(baseUrl);
  return bank.origin === new URL(appUrl).origin && bank.pathname.startsWith("/sandbox/");
}

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /**
     * demo: the embedded sandbox is mounted and the public demo values are accepted.
     * production: no sandbox, and the app refuses to start on demo or weak values.
     * Unset: production when NODE_ENV=production and the bank is not the embedded sandbox, demo otherwise.
     */
    APP_MODE: z.enum(["demo", "production"]).optional(),
    PORT: port.default(3000),
    /** Public origin of the shop, used for return URLs handed to the bank. */
    APP_URL: z.url().optional(),
    DATABASE_PATH: z.string().min(1).default("data/shop.db"),
    SANDBOX_DATABASE_PATH: z.string().min(1).default("data/sandbox.db"),

    /** `.../baas/uatc` or `.../baas/prod`; defaults to the embedded sandbox. */
    SCALEXPERT_BASE_URL: z.url().optional(),
    SCALEXPERT_CLIENT_ID: z.string().min(1).default(DEMO_VALUES.SCALEXPERT_CLIENT_ID),
    SCALEXPERT_CLIENT_SECRET: z.string().min(1).default(DEMO_VALUES.SCALEXPERT_CLIENT_SECRET),
    /**
     * The E-financing version the bank speaks at `/v1` ("1.4.0", our contract, or "1.7.1", what the real
     * bank serves today). Decides only what the shop may ask for (1.7.1 adds the return confirmation);
     * the shop reads both versions' answers either way. Unset: the embedded sandbox's demo merchant
     * version, or 1.7.1 for a real bank (SCALEXPERT_BASE_URL set).
     */
    SCALEXPERT_API_VERSION: z.enum(["1.4.0", "1.7.1"]).optional(),
    /** Secret shared with the bank to verify webhook signatures (empty: unsigned webhooks are refused). */
    SCALEXPERT_WEBHOOK_SECRET: z.string().default(DEMO_VALUES.SCALEXPERT_WEBHOOK_SECRET),
    /** How often the reconciler re-reads non-final orders from the bank; 0 disables it. */
    RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
    /** How long the bank's offers for one amount and country are reused before it is asked again. */
    OFFERS_CACHE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** How long past that the last good offers stand in while the bank refuses (429) or fails; 0: never. */
    OFFERS_STALE_IF_ERROR_SECONDS: z.coerce.number().int().min(0).max(86_400).default(1800),

    AUTH_SECRET: z.string().min(16).default(DEMO_VALUES.AUTH_SECRET),
    ADMIN_EMAIL: z.email().default("admin@demo.shop"),
    ADMIN_PASSWORD: z.string().min(8).default(DEMO_VALUES.ADMIN_PASSWORD),

    /** The merchant's company name, as on its contract with the lender (the PV de recette, the terms page). */
    MERCHANT_NAME: z.string().trim().min(1).max(200).default(DEMO_VALUES.MERCHANT_NAME),
    /** The merchant's ORIAS number, which the French lender's legal texts end with. */
    MERCHANT_ORIAS: oriasNumber.default(DEMO_VALUES.MERCHANT_ORIAS),
    /** Fee models the solution codes do not say (their TS/PS/NO/CO suffix says it otherwise). */
    MERCHANT_FEE_MODELS: feeModels.default({}),
    /**
     * Where the lender's legal-mentions PDFs (NXWEB-MENTIONS-3X4X-*.pdf) are served, which the terms page links.
     * Unset: the sandbox's stand-ins in demo mode, `${APP_URL}/legal` (files in public/legal/) in production.
     */
    MERCHANT_LEGAL_DOCUMENTS_URL: z.url().optional(),

    /** Credential of the sandbox console at /sandbox (the tester, not the merchant). */
    SANDBOX_CONSOLE_PASSWORD: z.string().min(4).default(DEMO_VALUES.SANDBOX_CONSOLE_PASSWORD),
    /** The E-financing version the sandbox's demo merchant speaks (each merchant has one; see docs/SANDBOX.md). */
    SANDBOX_DEMO_API_VERSION: z.enum(["1.4.0", "1.7.1"]).default("1.4.0"),
    /**
     * Lets webhook origins the console allowed be on loopback or private addresses: only for a sandbox
     * nobody else can reach (the integration tests' receivers on 127.0.0.1). The demo's credentials are public.
     */
    SANDBOX_WEBHOOKS_ALLOW_PRIVATE: z.stringbool().default(false),
    /** The sandbox gateway's calls per minute per client application (the bank's is 600); raised by the benchmarks only. */
    SANDBOX_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  })
  .transform((env) => {
    const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    const embeddedBank = isEmbeddedSandbox(env.SCALEXPERT_BASE_URL, appUrl);
    const baseUrl = (env.SCALEXPERT_BASE_URL ?? `${appUrl}/sandbox/baas/uatc`).replace(/\/$/, "");
    const mode = env.APP_MODE ?? (env.NODE_ENV === "production" && !embeddedBank ? ("production" as const) : ("demo" as const));
    return {
      ...env,
      APP_MODE: mode,
      MERCHANT_LEGAL_DOCUMENTS_URL: (env.MERCHANT_LEGAL_DOCUMENTS_URL ?? `${appUrl}${mode === "demo" ? "/sandbox/assets" : "/legal"}`).replace(/\/$/, ""),
      /** Whether the shop's bank is the embedded sandbox (then it must be mounted: demo mode). */
      EMBEDDED_BANK: embeddedBank,
      APP_URL: appUrl,
      SCALEXPERT_BASE_URL: baseUrl,
      /** Which bank the orders placed now go to (stored with each order). */
      BANK_ENVIRONMENT: bankEnvironmentOf({ baseUrl, embedded: embeddedBank, demoCredentials: env.SCALEXPERT_CLIENT_ID === DEMO_VALUES.SCALEXPERT_CLIENT_ID }),
      // The embedded sandbox named explicitly (as .env.example does) is still the sandbox.
      SCALEXPERT_API_VERSION: env.SCALEXPERT_API_VERSION ?? (embeddedBank ? env.SANDBOX_DEMO_API_VERSION : "1.7.1"),
    };
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {}

type Demoable = keyof typeof DEMO_VALUES;
/**
 * Every demo value but the sandbox console's password, which guards only the
 * sandbox (not mounted in production); refused in DEMO_VALUES' order.
 */
const DEMO_REFUSED = (Object.keys(DEMO_VALUES) as Demoable[]).filter((name) => name !== "SANDBOX_CONSOLE_PASSWORD");

/** Why a variable left at its demo value is refused, when the name alone does not say it. */
const DEMO_REFUSAL_REASON: Partial<Record<Demoable, string>> = {
  AUTH_SECRET: "missing or the public demo value; set your own",
  MERCHANT_NAME: "missing or the demo shop's name; set your company name, as on the lender's contract",
  // The shop sells in France (FR is one of its billing countries): the French lender's texts need the number.
  MERCHANT_ORIAS: "missing or the demo number; the French lender's legal texts end with your ORIAS registration number",
};

/**
 * What a production deployment must not run with, one line per variable.
 * Demo values are public (README, .env.example): with them anyone can sign an
 * admin session, forge the bank's webhooks or speak as the merchant.
 */
export function productionProblems(env: Env): string[] {
  if (env.APP_MODE !== "production") return [];
  const problems: string[] = [];
  if (new URL(env.APP_URL).protocol !== "https:") problems.push(`APP_URL: must be https in production (got ${env.APP_URL}): session cookies and the bank's return URLs travel on it`);
  if (env.EMBEDDED_BANK) problems.push("SCALEXPERT_BASE_URL: set the bank's base URL; the embedded sandbox is not mounted in production");
  else if (new URL(env.SCALEXPERT_BASE_URL).protocol !== "https:") problems.push("SCALEXPERT_BASE_URL: must be https: the client secret is sent on it");
  for (const name of DEMO_REFUSED) {
    if (env[name] === DEMO_VALUES[name]) problems.push(`${name}: ${DEMO_REFUSAL_REASON[name] ?? "the public demo value; set your own"}`);
  }
  if (env.AUTH_SECRET !== DEMO_VALUES.AUTH_SECRET && env.AUTH_SECRET.length < MIN_PRODUCTION_AUTH_SECRET) {
    problems.push(`AUTH_SECRET: ${env.AUTH_SECRET.length} characters, at least ${MIN_PRODUCTION_AUTH_SECRET} in production (e.g. openssl rand -base64 32)`);
  }
  return problems;
}

/** A demo that talks to a real bank would pair the public demo secrets with real money. */
function modeProblems(env: Env): string[] {
  return env.APP_MODE === "demo" && env.NODE_ENV === "production" && !env.EMBEDDED_BANK
    ? ["APP_MODE: demo runs only against the embedded sandbox; with a real SCALEXPERT_BASE_URL use production (or `next dev` to try the bank locally)"]
    : [];
}

/**
 * Parses and checks the environment. The production refusals are skipped
 * while `next build` runs (it sets NODE_ENV=production too, and CI builds
 * without the deployment's secrets); they bite when the server starts.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string means "unset", as in most dotenv tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  if (source.NEXT_PHASE === "phase-production-build") return result.data;
  const problems = [...modeProblems(result.data), ...productionProblems(result.data)];
  if (problems.length > 0) {
    throw new EnvError(
      `Refusing to start in ${result.data.APP_MODE} mode; fix these variables (README, "Deploy to production"):\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
