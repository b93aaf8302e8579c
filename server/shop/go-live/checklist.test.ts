import { describe, expect, it } from "vitest";
import { goLiveChecklist, type CheckId, type GoLiveFacts } from "./checklist";

/** A deployment ready to go live on production: every line green. */
const READY: GoLiveFacts = {
  mode: "production",
  bankEnvironment: "prod",
  demoKeys: [],
  ordersByEnvironment: { prod: 12 },
  lastSignedWebhook: { at: Date.UTC(2026, 11, 1, 10), event: "SC_SUBSCRIPTION_ACCEPTED" },
  webhookSecretSet: true,
  legal: {
    unknownFeeModels: [],
    documents: [{ file: "NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf", url: "https://shop.example/legal/NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf", served: true }],
    standIns: false,
  },
  orias: { value: "07023456", demo: false, needed: true },
  acceptance: { passed: 9, total: 9 },
};

const lineOf = (facts: GoLiveFacts, id: CheckId) => goLiveChecklist(facts).find((l) => l.id === id)!;

describe("the go-live check-list", () => {
  it("is all green for a production deployment that did everything, in the merchant's order", () => {
    const lines = goLiveChecklist(READY);
    expect(lines.map((l) => l.id)).toEqual(["environment", "keys", "separation", "webhooks", "legal", "orias", "acceptance"]);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lineOf(READY, "environment").reason).toEqual({ code: "bank_real", environment: "prod" });
    expect(lineOf({ ...READY, bankEnvironment: "uatc", ordersByEnvironment: { uatc: 3 } }, "environment")).toMatchObject({ ok: true, reason: { environment: "uatc" } });
    expect(lineOf(READY, "webhooks").reason).toEqual({ code: "webhook_last", at: READY.lastSignedWebhook!.at, event: "SC_SUBSCRIPTION_ACCEPTED" });
    expect(lineOf(READY, "orias").reason).toEqual({ code: "orias_set", value: "07023456" });
  });

  it("is red on the embedded sandbox", () => {
    expect(lineOf({ ...READY, bankEnvironment: "sandbox", ordersByEnvironment: { sandbox: 2 } }, "environment")).toEqual({ id: "environment", ok: false, reason: { code: "bank_sandbox" } });
  });

  it("is red while a key is the sandbox's demo one, naming it", () => {
    expect(lineOf({ ...READY, demoKeys: ["SCALEXPERT_CLIENT_SECRET"] }, "keys")).toEqual({ id: "keys", ok: false, reason: { code: "keys_demo", names: ["SCALEXPERT_CLIENT_SECRET"] } });
  });

  it("is red for a production shop whose database holds UATC subscriptions, and for the other way round", () => {
    const mixed = lineOf({ ...READY, ordersByEnvironment: { prod: 12, uatc: 4 } }, "separation");
    expect(mixed).toEqual({ id: "separation", ok: false, reason: { code: "mixed", environment: "prod", others: [{ environment: "uatc", count: 4 }] } });
    expect(lineOf({ ...READY, bankEnvironment: "uatc", ordersByEnvironment: { uatc: 4, prod: 1 } }, "separation").ok).toBe(false);
    // Zero orders elsewhere is no mix.
    expect(lineOf({ ...READY, ordersByEnvironment: { prod: 12, uatc: 0 } }, "separation").ok).toBe(true);
  });

  it("is red before the first signed webhook, and when no signature key is set", () => {
    expect(lineOf({ ...READY, lastSignedWebhook: null }, "webhooks")).toEqual({ id: "webhooks", ok: false, reason: { code: "webhook_none" } });
    expect(lineOf({ ...READY, webhookSecretSet: false }, "webhooks").reason.code).toBe("webhook_secret_missing");
  });

  it("is red while a fee model is unknown, a legal document is not served, or production links the sandbox's stand-ins", () => {
    expect(lineOf({ ...READY, legal: { ...READY.legal, unknownFeeModels: ["SCFRSP-3XAB"] } }, "legal").reason).toEqual({ code: "fee_model_unknown", codes: ["SCFRSP-3XAB"] });
    const missing = { ...READY.legal, documents: [{ ...READY.legal.documents[0]!, served: false }] };
    expect(lineOf({ ...READY, legal: missing }, "legal")).toMatchObject({ ok: false, reason: { code: "documents_missing", files: ["NXWEB-MENTIONS-3X4X-SANSFRAIS.pdf"] } });
    expect(lineOf({ ...READY, legal: { ...READY.legal, standIns: true } }, "legal")).toMatchObject({ ok: false, reason: { code: "documents_stand_ins" } });
    // A demo may link the stand-ins.
    expect(lineOf({ ...READY, mode: "demo", legal: { ...READY.legal, standIns: true } }, "legal")).toMatchObject({ ok: true, reason: { code: "legal_ok" } });
  });

  it("is red with the demo ORIAS number while the shop sells in France, green when only German lenders are contracted", () => {
    expect(lineOf({ ...READY, orias: { value: "00000000", demo: true, needed: true } }, "orias")).toEqual({ id: "orias", ok: false, reason: { code: "orias_demo" } });
    expect(lineOf({ ...READY, orias: { value: "00000000", demo: true, needed: false } }, "orias")).toMatchObject({ ok: true, reason: { code: "orias_not_needed" } });
  });

  it("is red while acceptance cases are left or cannot be read, and with no case at all", () => {
    expect(lineOf({ ...READY, acceptance: { passed: 7, total: 9 } }, "acceptance")).toEqual({ id: "acceptance", ok: false, reason: { code: "acceptance_left", passed: 7, total: 9 } });
    expect(lineOf({ ...READY, acceptance: { passed: 0, total: 0 } }, "acceptance").ok).toBe(false);
    expect(lineOf({ ...READY, acceptance: { error: "bank unreachable" } }, "acceptance").reason).toEqual({ code: "acceptance_unknown", error: "bank unreachable" });
  });
});
