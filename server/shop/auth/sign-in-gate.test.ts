import { describe, expect, it } from "vitest";
import { signInRedirect } from "./sign-in-gate";

describe("sign-in gate", () => {
  it("sends a back-office page asked without a session cookie to the login page, path and query kept", () => {
    expect(signInRedirect("/admin", "", [])).toBe("/login?callbackUrl=%2Fadmin");
    expect(signInRedirect("/admin/orders/12", "?tab=1", ["shop_locale"])).toBe("/login?callbackUrl=%2Fadmin%2Forders%2F12%3Ftab%3D1");
  });

  it("lets the page check a session cookie, whatever its form", () => {
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.session-token.0"]) {
      expect(signInRedirect("/admin", "", [name]), name).toBeNull();
    }
  });

  it("leaves every other path alone", () => {
    for (const path of ["/", "/login", "/administrator", "/api/trpc/admin.orders", "/products/admin", "/admin/go-live/pv.pdf"]) expect(signInRedirect(path, "", []), path).toBeNull();
  });
});
