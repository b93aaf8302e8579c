import { beforeAll, describe, expect, it } from "vitest";
import { adminCookie, shopperOrder, trpcMutation, trpcQuery } from "./admin-session";
import { control, DEMO_MERCHANT } from "./sandbox-support";

interface Outcome {
  ok: boolean;
  code: string | null;
  message: string;
  state: string;
  financedCents: number;
}

interface ListAnswer {
  items: { id: string; buyerEmail: string; reference: string }[];
  total: number;
}

const tag = `${process.pid}${Date.now().toString(36)}`;
const email = `claire.actions.${tag}@example.com`;

/** The bank's side: the buyer pays the first instalment (what the journey's card page does). */
async function buyerPays(subscriptionId: string): Promise<void> {
  const merchants = await control<{ merchants: { merchantId: string; clientId: string }[] }>("GET", "/merchants");
  const merchant = merchants.body.merchants.find((m) => m.clientId === DEMO_MERCHANT.clientId)!;
  const forced = await control("POST", `/merchants/${merchant.merchantId}/subscriptions/${subscriptionId}/transitions`, { action: "pay" });
  expect(forced.status, forced.text).toBe(200);
}

describe("back-office actions over HTTP, on an order placed through the storefront", () => {
  let cookie: string;
  let orderId: string;

  beforeAll(async () => {
    cookie = await adminCookie();
    const { subscriptionId } = await shopperOrder({ slug: "machine-espresso", solutionCode: "SCFRSP-3XTS", lastName: "Actions", email });
    const list = await trpcQuery("admin.orders.list", { search: email }, { cookie });
    const items = (list.data as ListAnswer).items;
    expect(items).toHaveLength(1);
    orderId = items[0]!.id;
    // Searching by the reference the shopper sees finds it too.
    const byReference = await trpcQuery("admin.orders.list", { search: items[0]!.reference }, { cookie });
    expect((byReference.data as ListAnswer).items.map((i) => i.id)).toEqual([orderId]);
    await buyerPays(subscriptionId);
    const refreshed = await trpcMutation("admin.orders.refresh", { id: orderId }, { cookie });
    expect((refreshed.data as Outcome).state).toBe("accepted_to_ship");
  });

  async function callsFor(operation: string): Promise<number> {
    const log = await trpcQuery("admin.apiLog.list", { orderId, operation }, { cookie });
    return (log.data as { total: number }).total;
  }

  it("explains that a split payment needs no delivery confirmation, without asking the bank", async () => {
    const answer = await trpcMutation("admin.orders.confirmDelivery", { id: orderId, trackingNumber: "1Z999", operator: "UPS" }, { cookie });
    expect(answer.data).toMatchObject({ ok: false, code: "not_needed_for_split_payment", message: expect.stringContaining("48 hours") });
    expect(await callsFor("doConfirmDelivery")).toBe(0);
  });

  it("refuses to cancel more than is financed, without asking the bank", async () => {
    const contact = { firstName: "Claire", lastName: "Actions", email, phoneNumber: "06 12 34 56 78" };
    const answer = await trpcMutation("admin.orders.cancel", { id: orderId, amount: "989.01", reason: "test", contact }, { cookie });
    expect(answer.data).toMatchObject({ ok: false, code: "amount_too_high", message: expect.stringContaining("989.00") });
    expect(await callsFor("cancelCreditSubscription")).toBe(0);
  });

  it("validates the delivery and the contact fields, naming them", async () => {
    const delivery = await trpcMutation("admin.orders.confirmDelivery", { id: orderId, trackingNumber: "x".repeat(101), operator: "POSTMAN_PAT" }, { cookie });
    expect(delivery).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const contact = { firstName: "", lastName: "Actions", email: "not an email", phoneNumber: "call me" };
    const cancel = await trpcMutation("admin.orders.cancel", { id: orderId, amount: "10", reason: "", contact }, { cookie });
    expect(cancel).toMatchObject({ status: 400, code: "BAD_REQUEST" });
  });

  it("reads the subscription live from the bank, and logs that call without personal data", async () => {
    const live = await trpcQuery("admin.orders.bankSubscription", { id: orderId }, { cookie });
    expect(live.data).toMatchObject({ error: null, subscription: { consolidatedStatus: "ACCEPTED", financedAmount: 989, merchantGlobalOrderId: orderId } });
    const log = await trpcQuery("admin.apiLog.list", { orderId, pageSize: 200 }, { cookie });
    const items = (log.data as { items: { operation: string; orderId: string; requestSummary: string | null; responseSummary: string | null }[] }).items;
    expect(items.map((i) => i.operation)).toContain("retrieveCreditSubscription");
    expect(items.every((i) => i.orderId === orderId)).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(new RegExp(`${email}|Actions|612345678|rue de la Paix`));
  });

  it("syncs every unfinished order in the background, with progress to poll", async () => {
    const started = await trpcMutation("admin.sync.start", null, { cookie });
    const job = started.data as { id: string };
    expect(job.id).toMatch(/^[0-9a-f-]{36}$/);
    type Job = { finishedAt: number | null; done: number; total: number; report: { checked: number } | null; error: string | null };
    let status = null as Job | null;
    for (let i = 0; i < 100; i += 1) {
      // A run already under way (another admin, the timer) is the one reported.
      status = (await trpcQuery("admin.sync.status", {}, { cookie })).data as Job | null;
      if (status?.finishedAt) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toMatchObject({ error: null, report: expect.objectContaining({ checked: expect.any(Number) }) });
    expect(status!.done).toBe(status!.total);
  });
});
