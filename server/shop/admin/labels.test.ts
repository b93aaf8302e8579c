import { describe, expect, it } from "vitest";
import { adminFormatters } from "../i18n/admin-format";
import { adminMessagesFor } from "../i18n/admin-messages";
import { LOCALES } from "../i18n/locales";
import { SUB_STATUSES, type SubStatus } from "../bank/sub-status";
import { amountsInText, operatorLabel, refusalText, solutionLabel, subStatusLabel } from "./labels";

const ALL_SUB_STATUSES = Object.values(SUB_STATUSES).flat() as SubStatus[];

describe("sub-statuses in the admin's words", () => {
  it("never shows the bank's raw phrase, in any language", () => {
    for (const locale of LOCALES) {
      const t = adminMessagesFor(locale);
      for (const subStatus of ALL_SUB_STATUSES) {
        const label = subStatusLabel(subStatus, t);
        expect(label, `${locale} ${subStatus}`).not.toMatch(/_|HAVE BEEN|Payment have|Cancel by/i);
        expect(label.length).toBeGreaterThan(3);
      }
      // One label per step: two steps never read the same.
      expect(new Set(ALL_SUB_STATUSES.map((s) => subStatusLabel(s, t))).size).toBe(ALL_SUB_STATUSES.length);
    }
  });

  it("says the merchant cancelled when the shop did, which the bank reports as the customer's cancellation", () => {
    const fr = adminMessagesFor("fr");
    expect(subStatusLabel("CANCEL_BY_CUSTOMER", fr)).toBe("Annulée par l'acheteur");
    expect(subStatusLabel("CANCEL_BY_CUSTOMER", fr, { cancelledByMerchant: true })).toBe("Annulée par le marchand");
    expect(subStatusLabel("CANCEL_BY_CUSTOMER", adminMessagesFor("en"), { cancelledByMerchant: true })).toBe("Cancelled by the merchant");
    // Only the cancellation step changes.
    expect(subStatusLabel("EXPIRED", fr, { cancelledByMerchant: true })).toBe("Expirée");
  });

  it("reads the bank's live spellings as the stored names", () => {
    expect(subStatusLabel("PAYMENT HAS BEEN ISSUED TO MERCHANT", adminMessagesFor("de"))).toBe("An den Händler ausgezahlt");
    expect(subStatusLabel("Cancelled by customer", adminMessagesFor("en"), { cancelledByMerchant: true })).toBe("Cancelled by the merchant");
  });

  it("keeps a text the shop does not know as the bank sent it", () => {
    expect(subStatusLabel("SOMETHING NEW", adminMessagesFor("de"))).toBe("SOMETHING NEW");
  });
});

describe("labels", () => {
  it("names solutions and carriers in the admin's language", () => {
    expect(solutionLabel("SCFRSP-3XTS", adminMessagesFor("en"))).toBe("Split payment 3× · FR");
    expect(solutionLabel("SCFRSP-4XPS", adminMessagesFor("fr"))).toBe("Paiement en 4× · FR");
    expect(solutionLabel("SCDELT-DXCO", adminMessagesFor("de"))).toBe("Ratenkredit · DE");
    expect(operatorLabel("UNKNOWN", adminMessagesFor("de"))).toBe("Anderer Versanddienst");
    expect(operatorLabel("LA_POSTE", adminMessagesFor("fr"))).toBe("La Poste (Colissimo)");
  });

  it("writes a refusal's amounts in the admin's notation", () => {
    const facts = { action: "cancel" as const, bankStatus: "ACCEPTED", remainingCents: 88_550, minimumCents: 10_000 };
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    expect(refusalText("below_minimum_remaining", facts, adminMessagesFor("en"), adminFormatters("en"))).toContain("cancel at most €785.50, or the whole €885.50");
    expect(plain(refusalText("below_minimum_remaining", facts, adminMessagesFor("fr"), adminFormatters("fr")))).toContain("annulez au plus 785,50 €");
    expect(refusalText("not_accepted", { ...facts, action: "delivery", bankStatus: "PRE_ACCEPTED" }, adminMessagesFor("de"), adminFormatters("de"))).toContain(
      "Bankstatus jetzt: Vorläufig angenommen",
    );
  });
});

describe("amounts inside the engine's stored texts", () => {
  it("are rewritten in the admin's one notation", () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    const note = "partial cancellation of 100 € (returned): accepted, bank finances 889.5 €";
    expect(amountsInText(note, adminFormatters("en"))).toBe("partial cancellation of €100.00 (returned): accepted, bank finances €889.50");
    expect(plain(amountsInText(note, adminFormatters("de")))).toBe("partial cancellation of 100,00 € (returned): accepted, bank finances 889,50 €");
    // Not an amount the reader could misread: left as written.
    expect(amountsInText("1.234 €", adminFormatters("en"))).toBe("1.234 €");
    expect(amountsInText(null, adminFormatters("en"))).toBeNull();
  });
});
