import { describe, expect, it } from "vitest";
import { adminFormatters } from "./admin-format";
import { adminLocale, localeFromAcceptLanguage } from "./admin-locale";

describe("the back office's language", () => {
  it("takes the admin's cookie first, then the browser's languages by quality, then English", () => {
    expect(adminLocale("de", "fr-FR,fr;q=0.9")).toBe("de");
    expect(adminLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(adminLocale("xx", "de-CH;q=0.7, it;q=0.9, en-US;q=0.5")).toBe("de");
    expect(adminLocale(undefined, "es-ES, it")).toBe("en");
    expect(adminLocale(undefined, null)).toBe("en");
  });

  it("ignores languages refused with q=0 and keeps the header's order between equals", () => {
    expect(localeFromAcceptLanguage("fr;q=0, de")).toBe("de");
    expect(localeFromAcceptLanguage("de, fr")).toBe("de");
    expect(localeFromAcceptLanguage("*")).toBeNull();
  });
});

describe("the back office's formats", () => {
  // Intl writes narrow no-break spaces in French amounts and times: compare with plain spaces.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

  it("writes amounts one way per language", () => {
    expect(plain(adminFormatters("fr").money(88550))).toBe("885,50 €");
    expect(plain(adminFormatters("de").money(88550))).toBe("885,50 €");
    expect(adminFormatters("en").money(88550)).toBe("€885.50");
    expect(adminFormatters("fr").amountInput(98900)).toBe("989,00");
    expect(adminFormatters("en").amountInput(98900)).toBe("989.00");
  });

  it("shows times on the shop's Paris clock whatever the server's zone", () => {
    // 17:09 UTC in December is 18:09 in Paris.
    const at = Date.UTC(2026, 11, 1, 17, 9, 30);
    expect(adminFormatters("fr").dateTime(at)).toContain("18:09:30");
    expect(adminFormatters("de").dateTime(at)).toContain("18:09:30");
    expect(adminFormatters("en").dateTime(at)).toContain("18:09:30");
  });

  it("says how long ago in the admin's language", () => {
    const now = Date.UTC(2026, 11, 1, 12, 0, 0);
    expect(adminFormatters("en").relative(now - 5 * 60_000, now)).toBe("5 min ago");
    expect(plain(adminFormatters("fr").relative(now - 3 * 3600_000, now))).toBe("il y a 3 h");
    expect(adminFormatters("de").relative(now - 2 * 86_400_000, now)).toBe("vorgestern");
  });
});
