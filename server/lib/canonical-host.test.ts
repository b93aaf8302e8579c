import { describe, expect, it } from "vitest";
import { canonicalLocation, canonicalRedirect, requestedHost } from "./canonical-host";

const APP = "http://localhost:3000";

describe("canonical host", () => {
  it("sends a page on another host name to APP_URL's origin, path and query kept", () => {
    expect(canonicalRedirect(APP, { host: "127.0.0.1:3000", pathname: "/products/machine-espresso", search: "?q=1" })).toBe(
      "http://localhost:3000/products/machine-espresso?q=1",
    );
    expect(canonicalRedirect("https://shop.example", { host: "www.shop.example", pathname: "/", search: "" })).toBe("https://shop.example/");
  });

  it("leaves the canonical host alone, whatever its case", () => {
    expect(canonicalRedirect(APP, { host: "localhost:3000", pathname: "/cart", search: "" })).toBeNull();
    expect(canonicalRedirect(APP, { host: "LocalHost:3000", pathname: "/cart", search: "" })).toBeNull();
  });

  it("treats another port as another origin", () => {
    expect(canonicalRedirect(APP, { host: "localhost:3001", pathname: "/cart", search: "" })).toBe("http://localhost:3000/cart");
  });

  it("never moves server-to-server calls: the shop's API, webhooks, the bank's API", () => {
    for (const pathname of ["/api/trpc/cart.add", "/api/webhooks/scalexpert", "/api/health", "/sandbox/baas/uatc/e-financing/api/v1/subscriptions", "/%73andbox/baas/uatc/x"]) {
      expect(canonicalRedirect(APP, { host: "127.0.0.1:3000", pathname, search: "" })).toBeNull();
    }
    // The bank's journey pages are the shopper's, in a browser: they move.
    expect(canonicalRedirect(APP, { host: "127.0.0.1:3000", pathname: "/sandbox/journey/abc", search: "" })).toBe("http://localhost:3000/sandbox/journey/abc");
    expect(canonicalRedirect(APP, { host: "127.0.0.1:3000", pathname: "/apis", search: "" })).toBe("http://localhost:3000/apis");
  });

  it("reads the host a reverse proxy forwarded before Host", () => {
    expect(requestedHost(new Headers({ host: "10.0.0.2:3000", "x-forwarded-host": "shop.example, proxy.internal" }))).toBe("shop.example");
    expect(requestedHost(new Headers({ host: "localhost:3000" }))).toBe("localhost:3000");
    expect(canonicalRedirect(APP, { host: null, pathname: "/", search: "" })).toBeNull();
  });

  it("redirects only to APP_URL's origin, whatever path it is handed", () => {
    expect(canonicalLocation(APP, "/products/x?quantity=2")).toBe("http://localhost:3000/products/x?quantity=2");
    for (const hostile of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", ""]) {
      expect(new URL(canonicalLocation(APP, hostile)).origin).toBe("http://localhost:3000");
    }
  });
});
