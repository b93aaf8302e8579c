import { describe, expect, it } from "vitest";
import { visibleFields } from "./form-fields";
import { checkoutFields } from "./schema";

describe("visible checkout fields", () => {
  it("are every field of the form when everything is open, sameAsBilling aside", () => {
    const all = Object.keys(checkoutFields.shape).filter((f) => f !== "sameAsBilling");
    expect(visibleFields({ sameAsBilling: false, askBirth: true }).sort()).toEqual(all.sort());
  });

  it("leave out the hidden delivery address and birth block", () => {
    const shown = visibleFields({ sameAsBilling: true, askBirth: false });
    expect(shown.some((f) => f.startsWith("delivery") || f.startsWith("birth"))).toBe(false);
    expect(shown).toContain("solutionCode");
  });
});
