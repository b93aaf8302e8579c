import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";
import { DEMO_MERCHANT, MERCHANT_SEEDS, SMALL_MERCHANT } from "./merchants-seed";
import { SOLUTION_CODES, getSolution } from "./solutions";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("merchant seeds", () => {
  it("have UUID ids and client ids, all distinct, and distinct secrets", () => {
    for (const m of MERCHANT_SEEDS) {
      expect(m.id).toMatch(UUID);
      expect(m.clientId).toMatch(UUID);
      expect(m.clientSecret.length).toBeGreaterThanOrEqual(12);
    }
    const all = MERCHANT_SEEDS.flatMap((m) => [m.id, m.clientId]);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(MERCHANT_SEEDS.map((m) => m.clientSecret)).size).toBe(MERCHANT_SEEDS.length);
  });

  it("contract known codes, in catalogue order, without duplicates", () => {
    for (const m of MERCHANT_SEEDS) {
      const order = m.solutionCodes.map((c) => SOLUTION_CODES.indexOf(c));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(new Set(order).size).toBe(order.length);
    }
  });

  it("give the demo merchant a code for every journey: 3x, 4x, French and German long credit", () => {
    const solutions = DEMO_MERCHANT.solutionCodes.map(getSolution);
    expect(solutions.some((s) => s.kind === "split" && s.installments === 3)).toBe(true);
    expect(solutions.some((s) => s.kind === "split" && s.installments === 4)).toBe(true);
    expect(solutions.some((s) => s.kind === "long" && s.market === "FR")).toBe(true);
    expect(solutions.some((s) => s.kind === "long" && s.market === "DE")).toBe(true);
  });

  it("give the second merchant a smaller contract, with a code the demo merchant lacks", () => {
    expect(SMALL_MERCHANT.solutionCodes.length).toBeLessThan(DEMO_MERCHANT.solutionCodes.length);
    expect(SMALL_MERCHANT.solutionCodes.some((c) => !DEMO_MERCHANT.solutionCodes.includes(c))).toBe(true);
  });

  it("use the app's default credentials for the demo merchant", () => {
    const env = parseEnv({});
    expect(env.SCALEXPERT_CLIENT_ID).toBe(DEMO_MERCHANT.clientId);
    expect(env.SCALEXPERT_CLIENT_SECRET).toBe(DEMO_MERCHANT.clientSecret);
  });
});
