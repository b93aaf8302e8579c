import { describe, expect, it } from "vitest";
import { BANK_FRAME_SANDBOX, bankPageHeaders } from "./bank-page-policy";

describe("headers of the bank's HTML page", () => {
  const headers = bankPageHeaders({ bankUrl: "https://api.scalexpert.uatc.societegenerale.com/baas/uatc", shopUrl: "https://shop.example.com" });
  const csp = headers["Content-Security-Policy"]!.split("; ");

  it("sandboxes the document into an opaque origin, even outside the iframe", () => {
    expect(csp[0]).toBe(`sandbox ${BANK_FRAME_SANDBOX}`);
    expect(BANK_FRAME_SANDBOX).not.toContain("allow-same-origin");
    expect(BANK_FRAME_SANDBOX).not.toMatch(/allow-top-navigation(?!-by-user-activation)/);
  });

  it("lets the page load and post only to the bank, and come back to the shop", () => {
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'unsafe-inline' https://api.scalexpert.uatc.societegenerale.com");
    expect(csp).toContain("connect-src https://api.scalexpert.uatc.societegenerale.com");
    expect(csp).toContain("form-action https://api.scalexpert.uatc.societegenerale.com https://shop.example.com");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("base-uri 'none'");
  });

  it("is never cached, sniffed or referred", () => {
    expect(headers).toMatchObject({
      "Content-Type": "text/html; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store, private",
    });
  });
});
