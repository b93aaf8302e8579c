import { describe, expect, it } from "vitest";
import { frenchRegion } from "./french-regions";

describe("French région from the postcode", () => {
  it.each([
    ["75002", "Île-de-France"],
    ["69001", "Auvergne-Rhône-Alpes"],
    ["13008", "Provence-Alpes-Côte d'Azur"],
    ["20000", "Corse"],
    ["97400", "La Réunion"],
    ["97110", "Guadeloupe"],
    ["01000", "Auvergne-Rhône-Alpes"],
  ])("%s is in %s", (zip, region) => {
    expect(frenchRegion(zip)).toBe(region);
  });

  it("names none for a postcode outside France's départements or malformed", () => {
    expect(frenchRegion("98000")).toBeUndefined();
    expect(frenchRegion("7500")).toBeUndefined();
    expect(frenchRegion("abcde")).toBeUndefined();
  });
});
