import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { baseURL, DEMO_MERCHANT, token } from "./sandbox-support";

/**
 * The browser must never see the bank credentials, the auth secret, the
 * webhook key or an access token. This reads every JavaScript file the build
 * serves to browsers (<distDir>/static, the build the integration server
 * runs) and the pages the server renders, and looks for each of them.
 */
const distDir = process.env.NEXT_DIST_DIR || ".next";
const defaults = parseEnv({});
// The running server uses the defaults (tests/support/server.ts sets no credentials); a CI env may override them.
const secrets: Record<string, string> = {
  "client id": process.env.SCALEXPERT_CLIENT_ID || defaults.SCALEXPERT_CLIENT_ID,
  "client secret": process.env.SCALEXPERT_CLIENT_SECRET || defaults.SCALEXPERT_CLIENT_SECRET,
  "auth secret": process.env.AUTH_SECRET || defaults.AUTH_SECRET,
  "webhook key": process.env.SCALEXPERT_WEBHOOK_SECRET || defaults.SCALEXPERT_WEBHOOK_SECRET,
  "basic credentials": Buffer.from(`${DEMO_MERCHANT.clientId}:${DEMO_MERCHANT.clientSecret}`).toString("base64"),
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaks(text: string, tokens: string[]): string[] {
  const named = Object.entries(secrets).filter(([, value]) => text.includes(value)).map(([name]) => name);
  return [...named, ...tokens.filter((t) => text.includes(t)).map(() => "access token")];
}

describe("secrets stay on the server", () => {
  it("the credentials are really the ones in use (else this test proves nothing)", async () => {
    expect(secrets["client id"]).toBe(DEMO_MERCHANT.clientId);
    expect(await token(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret)).toMatch(/\S{20,}/);
  });

  it("appear in no client JavaScript file of the build", async () => {
    const live = await token(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret);
    const scripts = filesUnder(join(distDir, "static")).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(5);
    const found = scripts.flatMap((file) => leaks(readFileSync(file, "utf8"), [live]).map((what) => `${what} in ${file}`));
    expect(found).toEqual([]);
  });

  it("appear in no page the server renders, while it uses them to talk to the bank", async () => {
    const home = await fetch(`${baseURL()}/`).then((r) => r.text());
    // A product page asks the bank for offers: the server holds a live token while rendering it.
    const productPath = /href="(\/products\/[^"]+)"/.exec(home)?.[1];
    expect(productPath).toBeTruthy();
    const pages = [home];
    for (const path of [productPath!, "/cart", "/checkout", "/login"]) {
      const res = await fetch(`${baseURL()}${path}`);
      pages.push(await res.text());
      // The React Server Components payload that client navigations fetch.
      pages.push(await fetch(`${baseURL()}${path}`, { headers: { RSC: "1" } }).then((r) => r.text()));
    }
    const live = await token(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret);
    expect(pages.flatMap((page) => leaks(page, [live]))).toEqual([]);
    expect(pages.some((page) => /Bearer\s+[A-Za-z0-9._~+/-]{20,}/.test(page))).toBe(false);
  });
});
