/**
 * From a BankApiError to something a person can act on: a message key for
 * the shopper (with its text in the shop's three languages, so the storefront
 * can show it as is or map the key into its own dictionary) and an
 * explanation for the merchant: English for logs, in the admin's language in
 * the back office.
 */
import { REQUEST_REFUSAL_CODES } from "@/server/contract/error-codes";
import type { BankApiError } from "./errors";

export const SHOPPER_ERROR_KEYS = [
  "bank_unavailable",
  "bank_busy",
  "solution_not_eligible",
  "details_rejected",
  "phone_rejected",
  "confirmation_pending",
  "journey_unavailable",
  "unexpected",
] as const;

export type ShopperErrorKey = (typeof SHOPPER_ERROR_KEYS)[number];
export type ShopLanguage = "fr" | "en" | "de";

export const SHOPPER_ERROR_MESSAGES: Readonly<Record<ShopperErrorKey, Readonly<Record<ShopLanguage, string>>>> = {
  bank_unavailable: {
    fr: "Le service de financement ne répond pas pour le moment. Votre panier est conservé : réessayez dans quelques minutes.",
    en: "The financing service is not answering right now. Your cart is kept: please try again in a few minutes.",
    de: "Der Finanzierungsdienst antwortet gerade nicht. Ihr Warenkorb bleibt erhalten: Bitte versuchen Sie es in einigen Minuten erneut.",
  },
  bank_busy: {
    fr: "Le service de financement est très sollicité. Réessayez dans une minute ; votre panier est conservé.",
    en: "The financing service is very busy. Please try again in a minute; your cart is kept.",
    de: "Der Finanzierungsdienst ist stark ausgelastet. Bitte versuchen Sie es in einer Minute erneut; Ihr Warenkorb bleibt erhalten.",
  },
  solution_not_eligible: {
    fr: "Cette solution de financement n'est pas disponible pour ce panier. Choisissez-en une autre.",
    en: "This financing option is not available for this basket. Please choose another one.",
    de: "Diese Finanzierungsart ist für diesen Warenkorb nicht verfügbar. Bitte wählen Sie eine andere.",
  },
  details_rejected: {
    fr: "La banque n'a pas accepté certaines de vos informations. Vérifiez-les puis réessayez.",
    en: "The bank did not accept some of your details. Please check them and try again.",
    de: "Die Bank hat einige Ihrer Angaben nicht akzeptiert. Bitte prüfen Sie sie und versuchen Sie es erneut.",
  },
  phone_rejected: {
    fr: "La banque n'a pas accepté votre numéro de mobile : utilisez un numéro français (+33) pour un financement en France, allemand (+49) pour un financement en Allemagne.",
    en: "The bank did not accept your mobile number: use a French number (+33) for financing in France, a German one (+49) for financing in Germany.",
    de: "Die Bank hat Ihre Mobilnummer nicht akzeptiert: Verwenden Sie eine französische Nummer (+33) für eine Finanzierung in Frankreich, eine deutsche (+49) für eine Finanzierung in Deutschland.",
  },
  confirmation_pending: {
    fr: "Nous attendons la confirmation de la banque. Le résultat s'affichera sur la page de votre commande.",
    en: "We are waiting for the bank's confirmation. The result will appear on your order page.",
    de: "Wir warten auf die Bestätigung der Bank. Das Ergebnis erscheint auf Ihrer Bestellseite.",
  },
  journey_unavailable: {
    fr: "La banque a bien reçu votre demande, mais sa page n'a pas pu s'ouvrir. Votre panier est conservé : recommencez le paiement.",
    en: "The bank received your request but its page could not be opened. Your cart is kept: please start the payment again.",
    de: "Die Bank hat Ihre Anfrage erhalten, aber ihre Seite konnte nicht geöffnet werden. Ihr Warenkorb bleibt erhalten: Bitte starten Sie die Zahlung erneut.",
  },
  unexpected: {
    fr: "Une erreur est survenue avec le service de financement. Votre panier est conservé : réessayez ou choisissez un autre moyen de paiement.",
    en: "Something went wrong with the financing service. Your cart is kept: try again or choose another way to pay.",
    de: "Beim Finanzierungsdienst ist ein Fehler aufgetreten. Ihr Warenkorb bleibt erhalten: Versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.",
  },
};

const mentionsPhone = (error: BankApiError) => /phone/i.test(`${error.field ?? ""} ${error.message}`);

/** The key to show a shopper for a failure of the bank. */
export function shopperErrorKey(error: BankApiError): ShopperErrorKey {
  if (error.httpStatus === 429) return "bank_busy";
  if (error.kind === "network" || error.kind === "timeout" || (error.httpStatus !== null && error.httpStatus >= 500)) return "bank_unavailable";
  if (error.httpStatus === 400 && error.errorCode === "FORBIDDEN") return "solution_not_eligible";
  if (error.kind === "gateway422" || (error.httpStatus === 400 && error.errorCode !== "BAD_REQUEST")) {
    return mentionsPhone(error) ? "phone_rejected" : "details_rejected";
  }
  return "unexpected";
}

export function shopperMessage(key: ShopperErrorKey, language: ShopLanguage = "fr"): string {
  return SHOPPER_ERROR_MESSAGES[key][language];
}

/** The bank's codes whose meaning a merchant needs spelled out. */
export const BAAS_CODE_KEYS = [...REQUEST_REFUSAL_CODES, "INVALID_STATUS"] as const;

/**
 * The bank's own words for refusals whose code alone says too little (a
 * REQUEST_VALIDATION_ERROR covers them all), matched in its message.
 */
const KNOWN_REFUSALS = [
  { key: "one_partial_only", pattern: /error_forbidden_doublerequest/i },
  { key: "below_minimum", pattern: /less than minimum authorized amount/i },
  { key: "above_financed", pattern: /greater than the financedAmount/i },
  { key: "not_positive", pattern: /strictly positive/i },
  { key: "already_cancelled", pattern: /already cancelled/i },
  { key: "already_delivered", pattern: /already (been )?delivered/i },
] as const;

type KnownRefusal = (typeof KNOWN_REFUSALS)[number]["key"];

/**
 * The sentences of a bank failure in one language. `where` is the bank's
 * operation, `said` the bank's own message, quoted as it sent it. English
 * here (logs and stored notes); the back office brings its French and German
 * beside its other texts (server/shop/i18n/admin-messages/).
 */
export interface MerchantSentences {
  timeout(where: string, said: string): string;
  network(where: string, said: string): string;
  invalidResponse(where: string, said: string): string;
  gateway422(where: string, rule: string | null, said: string): string;
  credentials(where: string): string;
  scope(where: string): string;
  rateLimit(where: string): string;
  bankFault(where: string, status: number): string;
  alreadyDone(where: string, said: string): string;
  /** `meaning` is one of the sentences below, or null when the refusal is none of them. */
  refused(where: string, meaning: string | null, status: string, said: string): string;
  /** Not the bank's answer but its silence: the reconciler found no subscription for a pending order. */
  notAtBank(minutes: number): string;
  /** Nor this: two placements of an order met only timeouts or faults, and the reconciler will settle it. */
  noClearAnswer(): string;
  codes: Readonly<Record<(typeof BAAS_CODE_KEYS)[number], string>>;
  refusals: Readonly<Record<KnownRefusal, string>>;
}

export const MERCHANT_SENTENCES_EN: MerchantSentences = {
  timeout: (where, said) => `${where}: no answer from the bank in time (${said}). The bank may still have done it; refresh the order before trying again.`,
  network: (where, said) => `${where}: the connection to the bank failed (${said}). The bank may still have done it; refresh the order before trying again.`,
  invalidResponse: (where, said) => `${where}: ${said}.`,
  gateway422: (where, rule, said) =>
    `${where}: the bank's gateway rejected the request body${rule ? ` (rule ${rule})` : ""}: ${said}. The shop built a request the contract does not allow; report it.`,
  credentials: (where) =>
    `${where}: the bank refused the shop's credentials (401). Check SCALEXPERT_CLIENT_ID and SCALEXPERT_CLIENT_SECRET, and that they belong to this environment (UATC or PROD).`,
  scope: (where) => `${where}: the shop's API key lacks the e-financing:rw scope (403). Ask the bank to grant it.`,
  rateLimit: (where) => `${where}: the bank's rate limit (600 calls a minute) was reached (429). Try again in a minute.`,
  bankFault: (where, status) => `${where}: the bank had a fault (HTTP ${status}). Try again later; refresh the order first if it was a change.`,
  alreadyDone: (where, said) => `${where}: the bank already has this done (409): ${said}. The order records it; nothing more to send.`,
  refused: (where, meaning, status, said) => `${where}: ${meaning ?? "The bank refused the request"} (${status}): ${said}`,
  notAtBank: (minutes) => `The bank has no subscription for this order ${minutes} minutes after it was placed.`,
  noClearAnswer: () => "The bank gave no clear answer to two attempts; the reconciler will settle the order.",
  codes: {
    REQUEST_VALIDATION_ERROR: "The bank refused a field of the request",
    INVALID_COUNTRY_CODE: "A country code is not ISO 3166-1 alpha-2",
    INVALID_CURRENCY_CODE: "A currency code is not ISO 4217 alpha-3",
    INVALID_PAGE_INDEX: "A page number below 1 was asked for",
    INVALID_UUID: "A subscription id is not a UUID",
    FORBIDDEN: "This solution code is not eligible for this amount, country or merchant contract",
    BAD_REQUEST: "The bank already has a subscription for this order (merchantGlobalOrderId)",
    ENTITY_NOT_FOUND: "The bank does not know this subscription (another environment or other credentials?)",
    INVALID_STATUS: "The subscription's status at the bank does not allow this (refresh the order to see it)",
  },
  refusals: {
    one_partial_only: "A partial cancellation was already made on this financing, and the lender allows only one; the rest can still be cancelled in full",
    below_minimum: "What stays financed after a partial cancellation must be at least 100 €; cancel less, or everything",
    above_financed: "The amount to cancel is more than the bank still finances; refresh the order to see that amount",
    not_positive: "The amount to cancel must be more than 0 €",
    already_cancelled: "The bank has this financing cancelled already; refresh the order",
    already_delivered: "The bank already has the delivery of this order",
  },
};

/** Which sentence of MerchantSentences says a failure. */
export const BANK_MESSAGE_KEYS = [
  "timeout",
  "network",
  "invalidResponse",
  "gateway422",
  "credentials",
  "scope",
  "rateLimit",
  "bankFault",
  "alreadyDone",
  "refused",
  "notAtBank",
  "noClearAnswer",
] as const satisfies readonly (keyof MerchantSentences)[];

export type BankMessageKey = (typeof BANK_MESSAGE_KEYS)[number];

/**
 * What a failure is, as data rather than a sentence: the key of its sentence
 * and the bank's own words apart, so that it is stored once (orders.last_error_detail)
 * and said in whichever language reads it.
 */
type ShopNoteKey = "notAtBank" | "noClearAnswer";

export type BankMessage =
  | {
      key: Exclude<BankMessageKey, ShopNoteKey>;
      operation: string;
      /** The bank's own message, never translated. */
      said: string;
      httpStatus: number | null;
      errorCode: string | null;
      /** The gateway's rule number (422 only). */
      rule: string | null;
    }
  | { key: "notAtBank"; minutes: number }
  | { key: "noClearAnswer" };

function keyOf(error: BankApiError): Exclude<BankMessageKey, ShopNoteKey> {
  switch (error.kind) {
    case "timeout":
    case "network":
    case "gateway422":
      return error.kind;
    case "invalid_response":
      return "invalidResponse";
    default:
      break;
  }
  if (error.httpStatus === 401) return "credentials";
  if (error.httpStatus === 403) return "scope";
  if (error.httpStatus === 429) return "rateLimit";
  if (error.httpStatus !== null && error.httpStatus >= 500) return "bankFault";
  if (error.httpStatus === 409) return "alreadyDone";
  return "refused";
}

export function bankMessageOf(error: BankApiError): BankMessage {
  return { key: keyOf(error), operation: error.operation, said: error.message, httpStatus: error.httpStatus, errorCode: error.errorCode ?? null, rule: error.gatewayCode ?? null };
}

const codeMeaning = (code: string | null, sentences: MerchantSentences): string | undefined =>
  code !== null && (BAAS_CODE_KEYS as readonly string[]).includes(code) ? sentences.codes[code as (typeof BAAS_CODE_KEYS)[number]] : undefined;

/** A failure said in one language: what the bank said, and what to do about it; in English unless told otherwise. */
export function sayBankMessage(message: BankMessage, sentences: MerchantSentences = MERCHANT_SENTENCES_EN): string {
  if (message.key === "notAtBank") return sentences.notAtBank(message.minutes);
  if (message.key === "noClearAnswer") return sentences.noClearAnswer();
  const { operation: where, said } = message;
  switch (message.key) {
    case "timeout":
    case "network":
    case "invalidResponse":
    case "alreadyDone":
      return sentences[message.key](where, said);
    case "gateway422":
      return sentences.gateway422(where, message.rule, said);
    case "credentials":
    case "scope":
    case "rateLimit":
      return sentences[message.key](where);
    case "bankFault":
      return sentences.bankFault(where, message.httpStatus ?? 500);
    case "refused": {
      const known = KNOWN_REFUSALS.find((refusal) => refusal.pattern.test(said));
      const meaning = known ? sentences.refusals[known.key] : (codeMeaning(message.errorCode, sentences) ?? null);
      return sentences.refused(where, meaning, `HTTP ${message.httpStatus ?? "?"}${message.errorCode ? ` ${message.errorCode}` : ""}`, said);
    }
  }
}

/** A sentence for the merchant about a BankApiError; in English unless told otherwise. */
export function merchantMessage(error: BankApiError, sentences: MerchantSentences = MERCHANT_SENTENCES_EN): string {
  return sayBankMessage(bankMessageOf(error), sentences);
}

/**
 * What an order keeps of a failure: its code, the English sentence (logs,
 * the order's history) and the failure as data, to be said in the reader's
 * language where it is shown.
 */
export interface StoredFailure {
  code: string;
  message: string;
  detail: BankMessage;
}

export function storedFailure(error: BankApiError): StoredFailure {
  const detail = bankMessageOf(error);
  return { code: error.errorCode ?? error.kind, message: sayBankMessage(detail), detail };
}

const shopNote = (code: string, detail: BankMessage): StoredFailure => ({ code, message: sayBankMessage(detail), detail });

export const notAtBankFailure = (minutes: number) => shopNote("NOT_AT_BANK", { key: "notAtBank", minutes });
export const noClearAnswerFailure = () => shopNote("unclear", { key: "noClearAnswer" });

/** Reads a stored detail back; null when absent or not one of ours (then the stored English sentence is all there is). */
export function parseBankMessage(stored: string | null): BankMessage | null {
  if (!stored) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.key === "notAtBank") return typeof record.minutes === "number" ? { key: "notAtBank", minutes: record.minutes } : null;
  if (record.key === "noClearAnswer") return { key: "noClearAnswer" };
  if (!(BANK_MESSAGE_KEYS as readonly unknown[]).includes(record.key) || typeof record.operation !== "string" || typeof record.said !== "string") return null;
  const text = (field: unknown) => (typeof field === "string" ? field : null);
  return {
    key: record.key as Exclude<BankMessageKey, ShopNoteKey>,
    operation: record.operation,
    said: record.said,
    httpStatus: typeof record.httpStatus === "number" ? record.httpStatus : null,
    errorCode: text(record.errorCode),
    rule: text(record.rule),
  };
}

/**
 * An order's last error as its reader should see it: said in their language
 * from the stored detail, or, for a row written before details were stored,
 * its English sentence as it is (`lang` "en" then).
 */
export function storedErrorText(stored: { lastErrorMessage: string | null; lastErrorDetail: string | null }, sentences: MerchantSentences): { text: string | null; lang: "en" | null } {
  const detail = parseBankMessage(stored.lastErrorDetail);
  return detail ? { text: sayBankMessage(detail, sentences), lang: null } : { text: stored.lastErrorMessage, lang: "en" };
}
