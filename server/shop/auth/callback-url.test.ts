import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const SHOP = "https://shop.example";

describe("the destination after sign-in", () => {
  it.each([
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "\\\\evil.example",
    "/\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example/admin",
    "http://shop.example/admin",
    "https://shop.example.evil.example/admin",
    "https://shop.example@evil.example/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "https://shop.example//evil.example",
    "",
    "http://[::1",
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw, SHOP)).toBe("/admin");
  });

  it("refuses what is not a string (a repeated query parameter)", () => {
    expect(safeCallbackPath(["/admin/api-log", "//evil.example"], SHOP)).toBe("/admin");
    expect(safeCallbackPath(undefined, SHOP)).toBe("/admin");
  });

  it("keeps a path of this site, with its query and fragment, as the browser will read it", () => {
    expect(safeCallbackPath("/admin/orders/42?tab=log#top", SHOP)).toBe("/admin/orders/42?tab=log#top");
    expect(safeCallbackPath("https://shop.example/admin/api-log", SHOP)).toBe("/admin/api-log");
    // Still encoded once more: a path of the shop, not a tab.
    expect(safeCallbackPath("/%09/evil.example", SHOP)).toBe("/%09/evil.example");
    expect(safeCallbackPath("/admin/../login", SHOP)).toBe("/login");
  });
});
