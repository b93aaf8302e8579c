import { describe, expect, it } from "vitest";
import { adminFormatters } from "../i18n/admin-format";
import { adminMessagesFor } from "../i18n/admin-messages";
import { checkCancellation } from "./cancel-checks";

const t = adminMessagesFor("fr");
const fmt = adminFormatters("fr");
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, " ");
const context = { remainingCents: 98_900, minimumCents: 10_000, partial: { allowed: true } as const, bankStatus: "ACCEPTED" };
const valid = { amount: "989,00", reason: "Rétractation", firstName: "Marie", lastName: "Curie", email: "marie@example.com", phoneNumber: "+33612345678" };

describe("the cancel form's checks, before any confirmation", () => {
  it("lets a complete request through, in either decimal notation", () => {
    expect(checkCancellation(valid, context, t, fmt)).toEqual({ cents: 98_900, errors: {} });
    expect(checkCancellation({ ...valid, amount: "100.50" }, context, t, fmt)).toEqual({ cents: 10_050, errors: {} });
  });

  it("stops a request without a reason, or with a contact the bank would refuse", () => {
    const { errors } = checkCancellation({ ...valid, reason: "  ", email: "marie", phoneNumber: "abc" }, context, t, fmt);
    expect(errors).toEqual({ reason: t.cancelForm.errors.reason, email: t.cancelForm.errors.email, phoneNumber: t.cancelForm.errors.phone });
  });

  it("stops an amount the rules would refuse, saying why in the admin's notation", () => {
    expect(plain(checkCancellation({ ...valid, amount: "1000" }, context, t, fmt).errors.amount)).toBe("Plus que les 989,00 € encore financés.");
    expect(checkCancellation({ ...valid, amount: "12,345" }, context, t, fmt).errors.amount).toBe(t.cancelForm.errors.amountFormat);
    expect(checkCancellation({ ...valid, amount: "0" }, context, t, fmt).errors.amount).toBe(t.cancelForm.errors.amountZero);
    expect(plain(checkCancellation({ ...valid, amount: "900" }, context, t, fmt).errors.amount)).toContain("annulez au plus 889,00 €");
    const noPartial = { ...context, partial: { allowed: false as const, code: "partial_already_made" as const, reason: "Une seule annulation partielle." } };
    expect(checkCancellation({ ...valid, amount: "100" }, noPartial, t, fmt).errors.amount).toBe("Une seule annulation partielle.");
    expect(checkCancellation(valid, noPartial, t, fmt).errors).toEqual({});
  });
});
