/**
 * The merchant's financing settings over HTTP, against the shared server and
 * its seeded demo settings (db/shop/seed.ts): a solution the settings refuse
 * cannot be placed even by a forged checkout request, nothing is written and
 * the bank is not called; a change saved in the back office is what the next
 * product page and the next placement follow. The changes made here touch a
 * product no other test buys, and are put back.
 */
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openSqlite } from "@/db/sqlite";
import { adminCookie, baseURL, shopperCart, trpcMutation, trpcQuery, type TrpcAnswer } from "./admin-session";

const shopDb = () => openSqlite(join(inject("dataDir"), "shop.db"));

function count(sql: string, ...params: unknown[]): number {
  const db = shopDb();
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

const ordersOf = (email: string) => count("SELECT count(*) AS n FROM orders o JOIN order_buyers b ON b.order_id = o.id WHERE b.email = ?", email);
const subscriptionPosts = () => count("SELECT count(*) AS n FROM bank_api_calls WHERE operation = 'createSubscription'");

type Outcome = { ok: boolean; refresh?: boolean; redirect?: { type: string } };
const outcomeOf = (answer: TrpcAnswer) => answer.data as Outcome;

/** A forged checkout (the shopper's form, with a solution the page did not offer) is refused as "not eligible", before anything is written or sent. */
async function expectRefused(slug: string, solutionCode: string) {
  const email = `forged.${crypto.randomUUID().slice(0, 8)}@example.com`;
  const cart = await shopperCart(slug);
  const posts = subscriptionPosts();
  const answer = await cart.place(solutionCode, { email });
  expect(answer.status).toBe(200);
  expect(outcomeOf(answer)).toMatchObject({ ok: false, refresh: true });
  expect(ordersOf(email)).toBe(0);
  expect(subscriptionPosts()).toBe(posts);
}

describe("the seeded settings hold at placement", () => {
  it("refuses any solution for a product of an excluded category (Mobilité), though the bank would finance it", async () => {
    await expectRefused("velo-electrique-urbain", "SCFRSP-3XTS");
    await expectRefused("velo-electrique-urbain", "SCFRLT-TXPS");
  });

  it("refuses long credit above the merchant's 5,000 € (the contract allows 6,000 €)", async () => {
    await expectRefused("cuisine-equipee-compacte", "SCFRLT-TXPS");
  });

  it("refuses a solution the contract does not list, and one of another market", async () => {
    await expectRefused("machine-espresso", "SCFRLT-TXNO");
    await expectRefused("machine-espresso", "SCDELT-DXTS");
  });

  it("still places 4x, which is only kept off the product pages", async () => {
    const cart = await shopperCart("machine-espresso");
    const answer = await cart.place("SCFRSP-4XPS", { email: `four.${crypto.randomUUID().slice(0, 8)}@example.com` });
    expect(outcomeOf(answer)).toMatchObject({ ok: true, redirect: { type: "url" } });
  });
});

describe("a change saved in the back office", () => {
  const sku = "LV-LH914"; // lave-linge-9kg
  let cookie = "";
  let restore: (() => Promise<void>) | null = null;

  type Loaded = { revision: number; settings: { excludedSkus: string[]; solutions: { solutionCode: string; minCents: number | null }[] }; products: { sku: string; name: string }[]; history: { changedBy: string; changes: unknown[] }[] };
  const load = async () => (await trpcQuery("admin.financing.get", undefined, { cookie })).data as Loaded;
  const save = (settings: unknown, baseRevision: number) => trpcMutation("admin.financing.save", { settings, baseRevision }, { cookie });

  afterAll(async () => {
    await restore?.();
  });

  it("is followed by the very next product page and placement, and recorded with who made it", async () => {
    cookie = await adminCookie();
    const before = await load();
    expect(before.products.map((p) => p.sku)).toContain(sku);
    const page = () => fetch(`${baseURL()}/products/lave-linge-9kg`).then((r) => r.text());
    expect(await page()).not.toContain("Financement non disponible pour ce produit");

    const saved = await save({ ...before.settings, excludedSkus: [...before.settings.excludedSkus, sku] }, before.revision);
    expect(saved.data).toMatchObject({ ok: true, changes: [{ field: "excludedSkus", added: [sku], removed: [] }] });
    const revision = (saved.data as { revision: number }).revision;
    restore = async () => {
      const now = await load();
      await save({ ...now.settings, excludedSkus: now.settings.excludedSkus.filter((s) => s !== sku) }, now.revision);
    };

    expect(await page()).toContain("Financement non disponible pour ce produit");
    await expectRefused("lave-linge-9kg", "SCFRSP-3XTS");
    const after = await load();
    expect(after.revision).toBe(revision);
    expect(after.history[0]).toMatchObject({ changedBy: process.env.ADMIN_EMAIL || "admin@demo.shop", changes: [{ field: "excludedSkus" }] });

    await restore();
    restore = null;
    const cart = await shopperCart("lave-linge-9kg");
    expect(outcomeOf(await cart.place("SCFRSP-3XTS", { email: `washer.${crypto.randomUUID().slice(0, 8)}@example.com` }))).toMatchObject({ ok: true });
  });

  it("is refused, as a value naming the field and the bank's bound, outside the bank's range; and when another save came first", async () => {
    cookie ||= await adminCookie();
    const current = await load();
    const widened = { ...current.settings, solutions: current.settings.solutions.map((s) => (s.solutionCode === "SCFRSP-3XTS" ? { ...s, minCents: 4_999 } : s)) };
    const index = current.settings.solutions.findIndex((s) => s.solutionCode === "SCFRSP-3XTS");
    expect((await save(widened, current.revision)).data).toEqual({ ok: false, reason: "invalid", issues: [{ path: `solutions.${index}.minCents`, code: "below_contract", boundCents: 5_000 }] });
    expect((await save(current.settings, current.revision - 1)).data).toEqual({ ok: false, reason: "stale", revision: current.revision });
    expect((await load()).revision).toBe(current.revision);
  });

  it("is refused without an admin session, and from another site", async () => {
    const current = await load();
    expect((await trpcMutation("admin.financing.save", { settings: current.settings, baseRevision: current.revision })).code).toBe("UNAUTHORIZED");
    const crossSite = await trpcMutation("admin.financing.save", { settings: current.settings, baseRevision: current.revision }, { cookie, "sec-fetch-site": "cross-site" });
    expect(crossSite.code).toBe("FORBIDDEN");
  });
});
