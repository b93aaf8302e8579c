/**
 * The demo (the suite's server: NODE_ENV=production, embedded bank): it says
 * it is a demo, and every route group has its headers, the bank's pages
 * framable by no one.
 */
import { describe, expect, it } from "vitest";
import { bankBase, baseURL, createSubscription, testMerchant } from "./sandbox-support";

async function headersOf(url: string): Promise<{ status: number; csp: string; headers: Headers; html: string }> {
  const res = await fetch(url, { redirect: "manual" });
  return { status: res.status, csp: res.headers.get("content-security-policy") ?? "", headers: res.headers, html: await res.text() };
}

describe("the demo", () => {
  it.each(["/", "/cart", "/login"])("says so on %s", async (path) => {
    const { html } = await headersOf(`${baseURL()}${path}`);
    expect(html).toMatch(/<aside class="demo-banner" aria-label="Demo">/);
  });

  it.each(["/", "/products/machine-espresso", "/login", "/admin", "/api/health"])("serves %s with the shop's policy (no HSTS on http)", async (path) => {
    const { csp, headers } = await headersOf(`${baseURL()}${path}`);
    // The catalogue's cached shells trust the app's own files and this request's nonce, plus the hash of React's
    // one constant inline script ('strict-dynamic' would make browsers ignore 'self'); every other page, the nonce.
    const catalogue = path === "/" || path.startsWith("/products/");
    expect(csp).toMatch(catalogue ? /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("lets no one frame the bank: console, API and the journey's card pages", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "demo headers");
    const { redirect } = await createSubscription(m, "SCFRSP-3XTS", 150);
    for (const url of [`${baseURL()}/sandbox`, `${bankBase()}/health`, redirect.value]) {
      const { status, csp, headers } = await headersOf(url);
      expect(status, url).toBe(200);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(headers.get("x-frame-options"), url).toBe("DENY");
      expect(headers.get("referrer-policy"), url).toBe("same-origin");
    }
  });
});
