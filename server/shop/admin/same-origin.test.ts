import { describe, expect, it } from "vitest";
import { crossSiteReason } from "./same-origin";

const APP = "https://shop.example";
const json = { "content-type": "application/json" };
const reason = (headers: Record<string, string>) => crossSiteReason(new Headers(headers), APP);

describe("crossSiteReason", () => {
  it("lets the back office's own requests through", () => {
    expect(reason({ ...json, "sec-fetch-site": "same-origin", origin: APP, host: "shop.example" })).toBeNull();
    expect(reason({ "content-type": "application/json; charset=utf-8", origin: APP })).toBeNull();
    // Behind a proxy that keeps the name the browser used.
    expect(reason({ ...json, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", "x-forwarded-proto": "http" })).toBeNull();
    // No browser page involved (a script): nothing cross-site.
    expect(reason(json)).toBeNull();
  });

  it("refuses what another site's page sends", () => {
    expect(reason({ ...json, "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toMatch(/another site/);
    expect(reason({ ...json, "sec-fetch-site": "same-site", origin: "https://admin.shop.example" })).toMatch(/same-site/);
    expect(reason({ ...json, origin: "https://evil.example", host: "shop.example" })).toMatch(/another origin/);
    expect(reason({ ...json, origin: "null" })).toMatch(/another origin/);
  });

  it("refuses a change that is not JSON (what a cross-site form can send)", () => {
    expect(reason({ "content-type": "text/plain", origin: APP })).toMatch(/application\/json/);
    expect(reason({ "content-type": "application/x-www-form-urlencoded" })).toMatch(/application\/json/);
    expect(reason({})).toMatch(/no content type/);
  });
});
