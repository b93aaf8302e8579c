import { describe, expect, it } from "vitest";
import { catalogueRewrite, isCataloguePage } from "./catalogue-paths";

describe("catalogue paths", () => {
  it("rewrite the catalogue and product pages to their cached version for the cookies' language and country", () => {
    expect(catalogueRewrite("/", "de", "DE")).toBe("/de/DE");
    expect(catalogueRewrite("/products/machine-espresso", "en", "FR")).toBe("/en/FR/products/machine-espresso");
  });

  it("fall back to French and France for missing or unknown cookies", () => {
    expect(catalogueRewrite("/", undefined, undefined)).toBe("/fr/FR");
    expect(catalogueRewrite("/products/x", "xx", "../US")).toBe("/fr/FR/products/x");
  });

  it("leave every other path alone", () => {
    for (const path of ["/cart", "/checkout", "/products", "/products/", "/products/a/b", "/products/machine-espresso.svg", "/orders/t", "/fr/FR", "/admin"]) {
      expect(catalogueRewrite(path, "fr", "FR"), path).toBeNull();
    }
  });

  it("know the cached pages by their public and their own paths", () => {
    for (const path of ["/", "/products/x", "/fr/FR", "/de/DE/products/x"]) expect(isCataloguePage(path), path).toBe(true);
    for (const path of ["/cart", "/xx/FR", "/fr/US/products/x", "/fr/FR/cart", "/products/a/b"]) expect(isCataloguePage(path), path).toBe(false);
  });
});
