/**
 * What the buyer typed into the journey's forms, checked field by field. Each
 * parser returns either the clean values or the codes of the faulty fields;
 * the pages turn codes into French or German messages (texts.ts).
 */
import { toCents } from "@/server/lib/money";
import { validateIban, normaliseIban } from "../domain/iban";
import { classifyTestCard, type CardOutcome } from "../domain/test-cards";

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

function checked(form: FormData, name: string): boolean {
  return form.get(name) === "on" || form.get(name) === "true";
}

function result<T>(errors: FieldErrors, value: () => T): Parsed<T> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

const NAME = /^[\p{L}][\p{L}\p{M}' .-]{0,59}$/u;
const EMAIL = /^[a-zA-Z0-9_.+-]{1,100}@[a-zA-Z0-9-]{1,50}\.[a-zA-Z0-9.-]{1,50}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years between a birth date and `today` (epoch ms). */
export function ageOn(birthDate: string, today: number): number | undefined {
  const match = ISO_DATE.exec(birthDate);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (birth.getUTCFullYear() !== year || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return undefined;
  const now = new Date(today);
  let age = now.getUTCFullYear() - year;
  if (now.getUTCMonth() < month - 1 || (now.getUTCMonth() === month - 1 && now.getUTCDate() < day)) age -= 1;
  return age;
}

export interface Identity {
  readonly commonTitle: "MR" | "MRS";
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly mobilePhoneNumber: string;
  readonly birthDate: string;
}

/** Screen 1 of the split payment: the buyer confirms who they are. */
export function parseIdentity(form: FormData, today: number, market: "FR" | "DE"): Parsed<Identity> {
  const errors: FieldErrors = {};
  const commonTitle = text(form, "commonTitle");
  if (commonTitle !== "MR" && commonTitle !== "MRS") errors.commonTitle = "required";
  const firstName = text(form, "firstName");
  if (!NAME.test(firstName)) errors.firstName = firstName ? "invalid" : "required";
  const lastName = text(form, "lastName");
  if (!NAME.test(lastName)) errors.lastName = lastName ? "invalid" : "required";
  const email = text(form, "email");
  if (!EMAIL.test(email)) errors.email = email ? "invalid" : "required";
  const phone = text(form, "mobilePhoneNumber").replace(/[\s.-]/g, "");
  const prefix = market === "FR" ? "+33" : "+49";
  const national = market === "FR" ? /^0[67]\d{8}$/ : /^01[5-7]\d{7,9}$/;
  const mobilePhoneNumber = national.test(phone) ? prefix + phone.slice(1) : phone;
  const international = market === "FR" ? /^\+33[67]\d{8}$/ : /^\+491[5-7]\d{7,9}$/;
  if (!international.test(mobilePhoneNumber)) errors.mobilePhoneNumber = phone ? "invalid" : "required";
  const birthDate = text(form, "birthDate");
  const age = ageOn(birthDate, today);
  if (age === undefined) errors.birthDate = birthDate ? "invalid" : "required";
  else if (age < 18) errors.birthDate = "minor";
  else if (age > 120) errors.birthDate = "invalid";
  if (!checked(form, "confirm")) errors.confirm = "required";
  return result(errors, () => ({ commonTitle: commonTitle as "MR" | "MRS", firstName, lastName, email, mobilePhoneNumber, birthDate }));
}

export interface CardPayment {
  readonly verdict: CardOutcome;
  /** All the bank keeps of the card. */
  readonly last4: string;
}

/**
 * Screen 2 of the split payment. The card number is read, judged and
 * dropped here: only its verdict and last four digits leave this function.
 */
export function parseCard(form: FormData, today: number): Parsed<CardPayment> {
  const errors: FieldErrors = {};
  const typed = text(form, "cardNumber").replace(/-/g, " ");
  // Refused test cards fail the Luhn check: the number is judged by the test-card list alone.
  const card = classifyTestCard(typed);
  if (card.lastFour === null) errors.cardNumber = typed ? "invalid" : "required";
  const expiry = /^(\d{2})\s*\/\s*(\d{2})$/.exec(text(form, "cardExpiry"));
  if (!expiry) errors.cardExpiry = text(form, "cardExpiry") ? "invalid" : "required";
  else {
    const month = Number(expiry[1]);
    const year = 2000 + Number(expiry[2]);
    const now = new Date(today);
    if (month < 1 || month > 12) errors.cardExpiry = "invalid";
    else if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) errors.cardExpiry = "expired";
  }
  const cvc = text(form, "cardCvc");
  if (!/^\d{3}$/.test(cvc)) errors.cardCvc = cvc ? "invalid" : "required";
  const holder = text(form, "cardHolder");
  if (!NAME.test(holder)) errors.cardHolder = holder ? "invalid" : "required";
  return result(errors, () => ({ verdict: card.outcome, last4: card.lastFour ?? "" }));
}

export interface UploadedDocument {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

export interface CreditApplication {
  readonly durationMonths: number;
  readonly monthlyIncomeCents: number;
  /** Masked: the journey never keeps a whole IBAN. */
  readonly ibanMasked: string;
  readonly ibanCountry: string;
  /** A real file's name/size/type (its content is not kept), or "simulated". */
  readonly document: UploadedDocument | "simulated" | null;
}

/** "FR76 **** **** **** **** ***0 189": what a bank shows back of an account. */
export function maskIban(iban: string): string {
  const electronic = normaliseIban(iban);
  const masked = electronic.slice(0, 4) + "*".repeat(Math.max(0, electronic.length - 8)) + electronic.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, "$1 ");
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"];

function parseIncome(raw: string): number | undefined {
  const cleaned = raw.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return toCents(Number(cleaned));
}

/**
 * The credit application: duration among those offered, IBAN (ISO 13616),
 * monthly income and, in France, an identity document (a real upload or the
 * sandbox's clearly labelled simulated one).
 */
export function parseApplication(form: FormData, offeredDurations: readonly number[], market: "FR" | "DE"): Parsed<CreditApplication> {
  const errors: FieldErrors = {};
  const durationMonths = Number(text(form, "durationMonths"));
  if (!offeredDurations.includes(durationMonths)) errors.durationMonths = "required";
  const iban = normaliseIban(text(form, "iban"));
  const check = validateIban(iban);
  if (!iban) errors.iban = "required";
  else if (!check.valid) errors.iban = check.reason;
  const monthlyIncomeCents = parseIncome(text(form, "monthlyIncome"));
  if (monthlyIncomeCents === undefined) errors.monthlyIncome = text(form, "monthlyIncome") ? "invalid" : "required";
  else if (monthlyIncomeCents <= 0) errors.monthlyIncome = "invalid";
  let document: CreditApplication["document"] = null;
  if (market === "FR") {
    const file = form.get("identityDocument");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_DOCUMENT_BYTES) errors.identityDocument = "too-large";
      else if (!DOCUMENT_TYPES.includes(file.type)) errors.identityDocument = "type";
      else document = { name: file.name.slice(0, 120), size: file.size, type: file.type };
    } else if (checked(form, "simulatedDocument")) document = "simulated";
    else errors.identityDocument = "required";
  }
  return result(errors, () => ({
    durationMonths,
    monthlyIncomeCents: monthlyIncomeCents ?? 0,
    ibanMasked: maskIban(iban),
    ibanCountry: iban.slice(0, 2),
    document,
  }));
}

/** The French e-signature: the buyer ticks the consent and signs. */
export function parseSignature(form: FormData): Parsed<{ signedAs: string }> {
  const errors: FieldErrors = {};
  if (!checked(form, "acceptContract")) errors.acceptContract = "required";
  return result(errors, () => ({ signedAs: "customer" }));
}

export type KycOutcome = "verified" | "failed" | "wrong-pin";

/**
 * The German partner's identification (KYC) and signature: the test pins
 * 123456 (identity confirmed) and 654321 (identity check fails); any other
 * pin is a typing error the buyer may correct.
 */
export function parseKyc(form: FormData): Parsed<{ outcome: KycOutcome }> {
  const errors: FieldErrors = {};
  const pin = text(form, "pin");
  if (!/^\d{6}$/.test(pin)) errors.pin = pin ? "invalid" : "required";
  if (!checked(form, "acceptContract")) errors.acceptContract = "required";
  const outcome: KycOutcome = pin === "123456" ? "verified" : pin === "654321" ? "failed" : "wrong-pin";
  if (!errors.pin && outcome === "wrong-pin") errors.pin = "wrong";
  return result(errors, () => ({ outcome }));
}
