import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { contentSecurityPolicy, isSandboxPath, nonceOf, REACT_SHELL_SCRIPT, routeGroup, securityHeaders } from "./security-headers";

const base = { nonce: "bm9uY2U=", https: false, dev: false };
const directive = (csp: string | undefined, name: string) => csp?.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("give shop and back-office pages a nonce policy framable by the shop only", () => {
    const h = securityHeaders({ ...base, group: "shop" });
    const csp = h["Content-Security-Policy"];
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(h).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "SAMEORIGIN", "Referrer-Policy": "strict-origin-when-cross-origin" });
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });

  it("give the catalogue's cached shells the app's script files, this request's nonce and React's shell script, nothing inline else", () => {
    const h = securityHeaders({ ...base, group: "catalogue" });
    const hash = createHash("sha256").update(REACT_SHELL_SCRIPT).digest("base64");
    expect(directive(h["Content-Security-Policy"], "script-src")).toBe(`script-src 'self' 'nonce-bm9uY2U=' 'sha256-${hash}'`);
    expect(directive(h["Content-Security-Policy"], "frame-ancestors")).toBe("frame-ancestors 'self'");
    expect(h).toMatchObject({ "X-Frame-Options": "SAMEORIGIN", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });

  it("hash the shell script React DOM really writes (a React upgrade that changes it fails here)", () => {
    const server = readFileSync("node_modules/next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js", "utf8");
    expect(server).toContain(JSON.stringify(REACT_SHELL_SCRIPT));
  });

  it("add HSTS and upgrade-insecure-requests on https", () => {
    const h = securityHeaders({ ...base, https: true, group: "shop" });
    expect(h["Strict-Transport-Security"]).toBe("max-age=31536000");
    expect(h["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("let no site frame the bank's pages, and let a journey's form end at the merchant", () => {
    const journey = securityHeaders({ ...base, group: "sandbox-journey" });
    expect(directive(journey["Content-Security-Policy"], "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(journey["Content-Security-Policy"], "form-action")).toBe("form-action 'self' https: http:");
    expect(journey).toMatchObject({ "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" });
    const console = securityHeaders({ ...base, group: "sandbox" });
    expect(directive(console["Content-Security-Policy"], "form-action")).toBe("form-action 'self'");
  });

  it("leave the bank frame's own policy alone", () => {
    expect(securityHeaders({ ...base, group: "bank-frame" })).toEqual({});
    expect(securityHeaders({ ...base, https: true, group: "bank-frame" })).toEqual({ "Strict-Transport-Security": "max-age=31536000" });
  });

  it("allow React's eval in next dev only", () => {
    expect(securityHeaders({ ...base, dev: true, group: "shop" })["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });
});

describe("route groups", () => {
  it.each([
    ["/", "shop"],
    ["/admin/orders/1", "shop"],
    ["/login", "shop"],
    ["/checkout/bank/abc/frame", "bank-frame"],
    ["/checkout/bank/abc", "shop"],
    ["/sandbox", "sandbox"],
    ["/sandbox/baas/uatc/health", "sandbox"],
    ["/sandbox/journey/123", "sandbox-journey"],
  ])("%s is %s", (path, group) => {
    expect(routeGroup(path)).toBe(group);
  });

  it("see the sandbox behind encodings and repeated slashes", () => {
    for (const path of ["/sandbox", "/sandbox/", "/%73andbox/baas", "//sandbox/journey/x", "/SANDBOX"]) expect(isSandboxPath(path), path).toBe(true);
    for (const path of ["/sandboxes", "/products/sandbox", "/%zz"]) expect(isSandboxPath(path), path).toBe(false);
  });
});

describe("nonceOf", () => {
  it("reads the nonce back from a policy, and nothing from a policy without one", () => {
    const policy = contentSecurityPolicy({ group: "shop", nonce: "abc+/09==", https: false, dev: false });
    expect(nonceOf(policy)).toBe("abc+/09==");
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
  });
});
