import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../orders/engine.test-support";
import { readFinancingSettings, saveFinancingSettings } from "./settings-store";

let shop: TestShop;
beforeEach(() => void (shop = createTestShop()));
afterEach(() => shop.close());

describe("the financing settings in force", () => {
  it("are the latest revision, kept parsed until another is saved, and seen by the next read once saved", () => {
    const first = readFinancingSettings(shop.db);
    expect(first.revision).toBeGreaterThan(0);
    expect(readFinancingSettings(shop.db)).toBe(first);
    expect(Object.isFrozen(first.settings.solutions[0])).toBe(true);

    const changed = { ...first.settings, excludedSkus: ["SKU-NEVER-FINANCED"] };
    const saved = saveFinancingSettings(shop.db, { settings: changed, baseRevision: first.revision, changedBy: "test", now: Date.now() });
    expect(saved).toMatchObject({ ok: true });
    const after = readFinancingSettings(shop.db);
    expect(after.revision).toBeGreaterThan(first.revision);
    expect(after.settings.excludedSkus).toEqual(["SKU-NEVER-FINANCED"]);
    // Another connection to the same file (another process) reads the same.
    expect(readFinancingSettings(shop.reopen())).toEqual(after);
  });
});
