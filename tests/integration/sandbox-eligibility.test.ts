import { beforeAll, describe, expect, it } from "vitest";
import { baseURL, call, DEMO_MERCHANT, testMerchant, token, type BankErrorBody, type TestMerchant } from "./sandbox-support";

interface Solutions {
  solutions?: { solutionCode: string; marketCode: string; communicationKit: { visualLogo?: string; visualTitle?: string; visualInformationIcon: string } }[];
}
interface Simulations {
  financedAmount: number;
  buyerBillingCountry: string;
  solutionSimulations: {
    solutionCode: string;
    simulations: { duration: number; totalCost: number; dueTotalAmount: number; feesAmount: number; installments: { number: number; amount: number }[] }[];
  }[];
}

const ALL = ["SCFRSP-3XTS", "SCFRSP-3XPS", "SCFRSP-4XTS", "SCFRSP-4XPS", "SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS", "SCDELT-DXTS", "SCDELT-DXCO"];

let all: TestMerchant;
let small: TestMerchant;
beforeAll(async () => {
  all = await testMerchant(ALL, "all codes");
  small = await testMerchant(["SCFRSP-3XTS", "SCFRLT-TXNO"], "small");
});

const eligible = (m: TestMerchant | string, query: Record<string, string | number>) =>
  call<Solutions & BankErrorBody>("getEligibleProductServices", { token: typeof m === "string" ? m : m.token, query });
const simulate = (m: TestMerchant, body: unknown) => call<Simulations & BankErrorBody>("simulateSolution", { token: m.token, body });

describe("GET /eligible-solutions", () => {
  it("lists the merchant's contracted solutions for the country and amount, with kits on the app's origin", async () => {
    const fr = await eligible(all, { buyerBillingCountry: "FR", financedAmount: 500 });
    expect(fr.status).toBe(200);
    expect(fr.body.solutions!.map((s) => s.solutionCode)).toEqual(ALL.filter((c) => c.startsWith("SCFR")));
    for (const s of fr.body.solutions!) {
      expect(s.communicationKit.visualLogo!.startsWith(`${baseURL()}/sandbox/`)).toBe(true);
      const logo = await fetch(s.communicationKit.visualLogo!);
      expect(logo.status, s.communicationKit.visualLogo).toBe(200);
    }
    const de = await eligible(all, { buyerBillingCountry: "DE", financedAmount: 500 });
    expect(de.body.solutions!.map((s) => s.solutionCode)).toEqual(["SCDELT-DXTS", "SCDELT-DXCO"]);
  });

  it("depends on the contract: the demo and a smaller merchant differ for the same basket", async () => {
    const demo = await eligible(await token(DEMO_MERCHANT.clientId, DEMO_MERCHANT.clientSecret), { buyerBillingCountry: "FR", financedAmount: 500 });
    const smaller = await eligible(small, { buyerBillingCountry: "FR", financedAmount: 500 });
    expect(smaller.body.solutions!.map((s) => s.solutionCode)).toEqual(["SCFRSP-3XTS", "SCFRLT-TXNO"]);
    expect(demo.body.solutions!.map((s) => s.solutionCode)).not.toEqual(smaller.body.solutions!.map((s) => s.solutionCode));
  });

  it("applies the amount ranges: split payment stops at 3,000 €, nothing below 50 €", async () => {
    const big = await eligible(all, { buyerBillingCountry: "FR", financedAmount: 3000.01 });
    expect(big.body.solutions!.map((s) => s.solutionCode)).toEqual(["SCFRLT-TXNO", "SCFRLT-TXPS", "SCFRLT-TXTS"]);
    const tiny = await eligible(all, { buyerBillingCountry: "FR", financedAmount: 20 });
    expect(tiny.status).toBe(200);
    expect(tiny.body).toEqual({});
  });

  it("answers {} when nothing is eligible: a country where nothing is sold, a merchant without German codes", async () => {
    expect((await eligible(all, { buyerBillingCountry: "IT", financedAmount: 500 })).body).toEqual({});
    expect((await eligible(small, { buyerBillingCountry: "DE", financedAmount: 500 })).body).toEqual({});
  });

  it("refuses a country that is not ISO 3166-1 alpha-2 with INVALID_COUNTRY_CODE", async () => {
    for (const country of ["XX", "FRA", "fr"]) {
      const answer = await eligible(all, { buyerBillingCountry: country, financedAmount: 500 });
      expect(answer.status).toBe(400);
      expect(answer.body.errorCode).toBe("INVALID_COUNTRY_CODE");
    }
  });

  it("refuses missing or malformed parameters with REQUEST_VALIDATION_ERROR naming them", async () => {
    const missing = await eligible(all, { financedAmount: 500 });
    expect(missing.status).toBe(400);
    expect(missing.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect(missing.body.errorMessage).toContain("buyerBillingCountry");
    const notANumber = await eligible(all, { buyerBillingCountry: "FR", financedAmount: "lots" });
    expect(notANumber.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect(notANumber.body.errorMessage).toContain("financedAmount");
    expect((await eligible(all, { buyerBillingCountry: "FR", financedAmount: -5 })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
  });
});

describe("POST /_simulate-solutions", () => {
  it("simulates every eligible code, installments summing to the due total to the cent", async () => {
    const answer = await simulate(all, { financedAmount: 1234.56, buyerBillingCountry: "FR" });
    expect(answer.status).toBe(200);
    expect(answer.body.solutionSimulations.map((s) => s.solutionCode)).toEqual(ALL.filter((c) => c.startsWith("SCFR")));
    for (const item of answer.body.solutionSimulations) {
      for (const sim of item.simulations) {
        const sumCents = sim.installments.reduce((total, i) => total + Math.round(i.amount * 100), 0);
        expect(sumCents, `${item.solutionCode} ${sim.duration}`).toBe(Math.round(sim.dueTotalAmount * 100));
        expect(Math.round((1234.56 + sim.totalCost) * 100)).toBe(Math.round(sim.dueTotalAmount * 100));
        expect(sim.installments).toHaveLength(sim.duration);
      }
    }
    const long = answer.body.solutionSimulations.find((s) => s.solutionCode === "SCFRLT-TXNO")!;
    expect(long.simulations.length).toBeGreaterThan(3);
  });

  it("simulates only the requested codes among the merchant's, and German codes for DE", async () => {
    const only = await simulate(all, { financedAmount: 600, buyerBillingCountry: "FR", solutionCodes: ["SCFRSP-4XPS", "SCDELT-DXTS", "NOPE"] });
    expect(only.body.solutionSimulations.map((s) => s.solutionCode)).toEqual(["SCFRSP-4XPS"]);
    expect(only.body.solutionSimulations[0]!.simulations[0]!.feesAmount).toBeGreaterThan(0);
    const de = await simulate(all, { financedAmount: 600, buyerBillingCountry: "DE" });
    expect(de.body.solutionSimulations.map((s) => s.solutionCode)).toEqual(["SCDELT-DXTS", "SCDELT-DXCO"]);
    expect(de.body.solutionSimulations[0]!.simulations.map((s) => s.duration)).toEqual([6, 12, 18, 24, 36]);
  });

  it("answers an empty list when nothing is eligible", async () => {
    const answer = await simulate(small, { financedAmount: 600, buyerBillingCountry: "DE" });
    expect(answer.status).toBe(200);
    expect(answer.body.solutionSimulations).toEqual([]);
  });

  it("answers the gateway's 422 to a missing field or a wrong type", async () => {
    const missing = await simulate(all, { buyerBillingCountry: "FR" });
    expect(missing.status).toBe(422);
    expect((missing.body as unknown as { message: string }).message).toBe(
      "[Code: 1028 | Message: $.financedAmount: is missing but it is required | path: $]",
    );
    const wrongType = await simulate(all, { financedAmount: "600", buyerBillingCountry: "FR" });
    expect(wrongType.status).toBe(422);
    expect((wrongType.body as unknown as { message: string }).message).toContain("$.financedAmount: string found, number expected");
  });

  it("refuses an unknown country with INVALID_COUNTRY_CODE and a country outside the enum with REQUEST_VALIDATION_ERROR", async () => {
    expect((await simulate(all, { financedAmount: 600, buyerBillingCountry: "XY" })).body.errorCode).toBe("INVALID_COUNTRY_CODE");
    const italy = await simulate(all, { financedAmount: 600, buyerBillingCountry: "IT" });
    expect(italy.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect(italy.body.errorMessage).toContain("buyerBillingCountry");
  });

  it("refuses amounts that are not positive whole cents, and a body that is not JSON", async () => {
    expect((await simulate(all, { financedAmount: 0, buyerBillingCountry: "FR" })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect((await simulate(all, { financedAmount: 10.001, buyerBillingCountry: "FR" })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    const garbage = await call<BankErrorBody>("simulateSolution", { token: all.token, rawBody: "{not json" });
    expect(garbage.status).toBe(400);
    expect(garbage.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
  });
});
