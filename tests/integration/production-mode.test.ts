/**
 * The built app in production mode: it refuses to start on demo or weak
 * values, naming each variable; with real-looking ones (and a bank that
 * answers nothing) it serves the shop, mounts no sandbox, and every page
 * carries the security headers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRODUCTION_ENV, runServerUntilExit, serverEnv, startServer, type RunningServer } from "../support/server";

describe("production mode with demo values", () => {
  it("refuses to start, naming every variable in one message", async () => {
    const { code, output } = await runServerUntilExit({ extraEnv: { SCALEXPERT_BASE_URL: PRODUCTION_ENV.SCALEXPERT_BASE_URL! } });
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(output).toContain("Refusing to start in production mode");
    for (const name of ["APP_URL", "AUTH_SECRET", "ADMIN_PASSWORD", "SCALEXPERT_WEBHOOK_SECRET", "SCALEXPERT_CLIENT_ID", "SCALEXPERT_CLIENT_SECRET", "MERCHANT_NAME", "MERCHANT_ORIAS"]) {
      expect(output).toMatch(new RegExp(`^ {2}${name}: `, "m"));
    }
    expect(output.match(/Refusing to start/g)).toHaveLength(1);
  });

  it("refuses a short AUTH_SECRET, an explicit production mode without a bank, and a demo paired with a real bank", async () => {
    const short = await runServerUntilExit({ extraEnv: { ...PRODUCTION_ENV, AUTH_SECRET: "only-twenty-chars-ok" } });
    expect(short.code).not.toBe(0);
    expect(short.output).toMatch(/^ {2}AUTH_SECRET: 20 characters/m);
    const noBank = await runServerUntilExit({ extraEnv: { ...PRODUCTION_ENV, APP_MODE: "production", SCALEXPERT_BASE_URL: "" } });
    expect(noBank.output).toMatch(/^ {2}SCALEXPERT_BASE_URL: /m);
    const demo = await runServerUntilExit({ extraEnv: { ...PRODUCTION_ENV, APP_MODE: "demo" } });
    expect(demo.output).toMatch(/^ {2}APP_MODE: /m);
  });

  it("refuses a shop selling in France without the merchant's ORIAS number, saying why", async () => {
    const { code, output } = await runServerUntilExit({ extraEnv: { ...PRODUCTION_ENV, MERCHANT_ORIAS: "" } });
    expect(code).not.toBe(0);
    expect(output).toMatch(/^ {2}MERCHANT_ORIAS: missing or the demo number; the French lender's legal texts end with your ORIAS registration number$/m);
    expect(output.match(/^ {2}[A-Z_]+: /gm)).toHaveLength(1);
  });

  it("refuses to write the demo admin password at migration", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "scalexpert-shop-"));
    const env = serverEnv(1, dataDir, { ...PRODUCTION_ENV, ADMIN_PASSWORD: "" });
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], { env: { ...process.env, ...env }, encoding: "utf8" });
    rmSync(dataDir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^ {2}ADMIN_PASSWORD: /m);
    expect(run.stdout).not.toContain("database ready");
  });
});

describe("production mode with real values", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ quiet: true, extraEnv: PRODUCTION_ENV });
  });
  afterAll(() => server?.stop());

  it.each([
    ["GET", "/sandbox"],
    ["GET", "/sandbox/"],
    ["GET", "/sandbox/baas/uatc/health"],
    ["GET", "/sandbox/baas/uatc/merchant-webhooks/api/v1/webhooks?eventTypeCode=ANY"],
    ["POST", "/sandbox/baas/uatc/auth-server/api/v1/oauth2/token"],
    ["POST", "/sandbox/baas/uatc/sandbox/v1/merchants"],
    ["GET", "/sandbox/journey/3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d?t=x"],
    ["POST", "/sandbox/journey/3f2a9c1b-7d4e-4a5b-9c6d-0e1f2a3b4c5d/submit"],
    ["GET", "/%73andbox/baas/uatc/health"],
    ["GET", "//sandbox/baas/uatc/health"],
  ])("answers 404 to %s %s", async (method, path) => {
    const res = await fetch(`${server.baseURL}${path}`, { method, redirect: "follow", headers: { authorization: "Basic Y29uc29sZTpzYW5kYm94" } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/sandbox|merchant|errorCode/i);
  });

  it("runs none of the sandbox: no sandbox database was even created", () => {
    expect(existsSync(join(server.dataDir, "sandbox.db"))).toBe(false);
    expect(existsSync(join(server.dataDir, "shop.db"))).toBe(true);
  });

  it.each(["/", "/products/machine-espresso", "/cart", "/checkout", "/login", "/login?callbackUrl=%2Fadmin", "/admin", "/api/health", "/no-such-page"])(
    "serves %s with the security headers and without the demo banner",
    async (path) => {
      const res = await fetch(`${server.baseURL}${path}`, { redirect: "manual" });
      expect(res.status, path).toBeLessThan(500);
      const csp = res.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("upgrade-insecure-requests");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBeTruthy();
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
      const html = await res.text();
      expect(html).not.toContain("demo-banner");
      if (res.status === 200 && html.startsWith("<!DOCTYPE")) {
        // Next put the request's nonce on its scripts, and no script goes without it.
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts.length, path).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      }
    },
  );

  it("gives each request a fresh nonce", async () => {
    const nonces = await Promise.all([1, 2].map(async () => (await fetch(`${server.baseURL}/login`, { redirect: "manual" })).headers.get("content-security-policy")));
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
