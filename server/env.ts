import { z } from "zod";

/**
 * The one description of every environment variable the app reads.
 * Defaults make `npm run demo` work with no `.env` at all: the bank is the
 * embedded sandbox on the app's own origin, with the sandbox's demo merchant.
 */
const port = z.coerce.number().int().min(1).max(65535);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: port.default(3000),
    /** Public origin of the shop, used for return URLs handed to the bank. */
    APP_URL: z.url().optional(),
    DATABASE_PATH: z.string().min(1).default("data/shop.db"),
    SANDBOX_DATABASE_PATH: z.string().min(1).default("data/sandbox.db"),

    /** `.../baas/uatc` or `.../baas/prod`; defaults to the embedded sandbox. */
    SCALEXPERT_BASE_URL: z.url().optional(),
    SCALEXPERT_CLIENT_ID: z.string().min(1).default("6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f"),
    SCALEXPERT_CLIENT_SECRET: z.string().min(1).default("sandbox-demo-secret"),
    /**
     * The E-financing version the bank speaks at `/v1` ("1.4.0", our contract, or "1.7.1", what the real
     * bank serves today). Decides only what the shop may ask for (1.7.1 adds the return confirmation);
     * the shop reads both versions' answers either way. Unset: the embedded sandbox's demo merchant
     * version, or 1.7.1 for a real bank (SCALEXPERT_BASE_URL set).
     */
    SCALEXPERT_API_VERSION: z.enum(["1.4.0", "1.7.1"]).optional(),
    /** Secret shared with the bank to verify webhook signatures (empty: unsigned webhooks are refused). */
    SCALEXPERT_WEBHOOK_SECRET: z.string().default("sandbox-demo-webhook-key"),
    /** How often the reconciler re-reads non-final orders from the bank; 0 disables it. */
    RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),

    AUTH_SECRET: z.string().min(16).default("demo-only-auth-secret-change-me-in-production"),
    ADMIN_EMAIL: z.email().default("admin@demo.shop"),
    ADMIN_PASSWORD: z.string().min(8).default("scalexpert-demo"),

    /** Credential of the sandbox console at /sandbox (the tester, not the merchant). */
    SANDBOX_CONSOLE_PASSWORD: z.string().min(4).default("sandbox"),
    /** The E-financing version the sandbox's demo merchant speaks (each merchant has one; see docs/SANDBOX.md). */
    SANDBOX_DEMO_API_VERSION: z.enum(["1.4.0", "1.7.1"]).default("1.4.0"),
    /** The sandbox gateway's calls per minute per client application (the bank's is 600); raised by the benchmarks only. */
    SANDBOX_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  })
  .transform((env) => {
    const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    return {
      ...env,
      APP_URL: appUrl,
      SCALEXPERT_BASE_URL: (env.SCALEXPERT_BASE_URL ?? `${appUrl}/sandbox/baas/uatc`).replace(/\/$/, ""),
      SCALEXPERT_API_VERSION: env.SCALEXPERT_API_VERSION ?? (env.SCALEXPERT_BASE_URL ? "1.7.1" : env.SANDBOX_DEMO_API_VERSION),
    };
  });

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty string means "unset", as in most dotenv tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
