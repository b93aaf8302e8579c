import { beforeAll, describe, expect, it } from "vitest";
import { advance, baseURL, call, createSubscription, testMerchant, type TestMerchant } from "./sandbox-support";

/**
 * The German credit journey over HTTP, as the bank runs it: the application
 * at Hanseatic answered at once (PRE_ACCEPTED or REJECTED) and the buyer back
 * at the merchant's confirmation URL; then KYC and e-signature through the
 * same journey URL; the final decision later, on the sandbox's clock.
 */
const CONFIRMATION = "https://shop.example/checkout/return/abc";
let m: TestMerchant;
beforeAll(async () => {
  m = await testMerchant(["SCDELT-DXTS"], "german journey");
});

type Detail = { consolidatedStatus: string; consolidatedSubstatus: string };
const detail = async (id: string) =>
  (await call<Detail>("retrieveCreditSubscription", { token: m.token, params: { creditSubscriptionId: id } })).body;

async function journey(amount: number) {
  const created = await createSubscription(m, "SCDELT-DXTS", amount);
  expect(created.redirect.type).toBe("url");
  const url = new URL(created.redirect.value);
  return { id: created.id, url, token: url.searchParams.get("t")! };
}

async function post(id: string, action: "submit" | "cancel", fields: Record<string, string>) {
  const res = await fetch(`${baseURL()}/sandbox/journey/${id}/${action}`, { method: "POST", redirect: "manual", body: new URLSearchParams(fields) });
  expect(res.status).toBe(303);
  return res.headers.get("location")!;
}

const application = (token: string, monthlyIncome: string) => ({ t: token, step: "application", durationMonths: "24", iban: "DE95100000000012305678", monthlyIncome });

describe("German long credit (Hanseatic)", () => {
  it("pre-approves the application, lets the buyer go back to the merchant, then takes the KYC through the journey URL", async () => {
    const { id, url, token } = await journey(1200);
    expect(await post(id, "submit", application(token, "3100"))).toBe(`${url.pathname}${url.search}`);
    expect(await detail(id)).toEqual(
      expect.objectContaining({ consolidatedStatus: "PRE_ACCEPTED", consolidatedSubstatus: "SUBSCRIPTION PRE-APPROVED BY PRODUCER WAITING FOR CONTRACT SIGNATURE" }),
    );

    // The bank's page before the return: the pre-approval, the link back to the merchant, the KYC form.
    const page = await (await fetch(url)).text();
    expect(page).toContain("vorläufig genehmigt");
    expect(page).toContain(`href="${CONFIRMATION}"`);
    expect(page).toContain("Identifizierung und Unterschrift");

    // Leaving now keeps the pre-approval; the same URL shows the KYC again.
    expect(await post(id, "cancel", { t: token })).toBe(CONFIRMATION);
    expect((await detail(id)).consolidatedStatus).toBe("PRE_ACCEPTED");
    expect(await (await fetch(url)).text()).toContain("Identifizieren und unterschreiben");

    expect(await post(id, "submit", { t: token, step: "kyc", pin: "123456", acceptContract: "on" })).toBe(CONFIRMATION);
    expect((await detail(id)).consolidatedSubstatus).toBe("CONTRACT SIGNED BY CUSTOMER");
    await advance(m, "PT5M");
    expect(await detail(id)).toEqual(expect.objectContaining({ consolidatedStatus: "ACCEPTED", consolidatedSubstatus: "WAITING FOR THE DELIVERY CONFIRMATION" }));
  });

  it("rejects at the KYC with the failing pin", async () => {
    const { id, token } = await journey(800);
    await post(id, "submit", application(token, "3100"));
    expect(await post(id, "submit", { t: token, step: "kyc", pin: "654321", acceptContract: "on" })).toBe(CONFIRMATION);
    expect((await detail(id)).consolidatedStatus).toBe("REJECTED");
  });

  it("rejects at the application when the income does not cover the installment, and sends the buyer back", async () => {
    const { id, token } = await journey(1200);
    expect(await post(id, "submit", application(token, "40"))).toBe(CONFIRMATION);
    expect(await detail(id)).toEqual(expect.objectContaining({ consolidatedStatus: "REJECTED", consolidatedSubstatus: "SUBSCRIPTION REJECTED BY PRODUCER" }));
  });
});
