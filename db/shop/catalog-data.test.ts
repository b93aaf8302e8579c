import { describe, expect, it } from "vitest";
import { catalog, catalogTranslations } from "./catalog-data";

describe("catalogue translations", () => {
  it.each(["en", "de"] as const)("every product has its %s name, description and specifications, and no other slug", (locale) => {
    const words = catalogTranslations[locale];
    expect(Object.keys(words).sort()).toEqual(catalog.map((p) => p.slug).sort());
    for (const p of catalog) {
      const w = words[p.slug]!;
      expect(w.name.length).toBeGreaterThan(3);
      expect(w.description).not.toBe(p.description);
    }
  });
});
