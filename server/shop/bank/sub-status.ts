/**
 * The one reading of the bank's sub-status texts. The bank sends readable
 * English ("PAYMENT HAS BEEN ISSUED TO MERCHANT"), its state diagram and older
 * answers write the same step with underscores, and its own page and plugins
 * disagree on a few words; so a text is reduced to a comparison form before
 * it is matched, and the shop keeps one canonical name per step (the
 * underscored names its orders have always stored, so old rows keep their
 * meaning). A text no spelling matches is dropped: the consolidated status
 * decides alone, and the text is logged once so that someone adds it.
 */
import type { ConsolidatedStatus } from "./vocabulary";

/** The shop's canonical sub-statuses, per status. */
export const SUB_STATUSES = {
  INITIALIZED: ["SUBSCRIPTION_IN_PROGRESS"],
  REQUESTED: [],
  PRE_ACCEPTED: ["PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE", "CONTRACT_SIGNED_BY_CUSTOMER", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"],
  ACCEPTED: ["SUBSCRIPTION_APPROVED_BY_PRODUCER", "WAITING_FOR_THE_DELIVERY_CONFIRMATION", "AWAITING_PAYMENT_TO_MERCHANT", "PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT"],
  REJECTED: ["SUBSCRIPTION_REJECTED_BY_PRODUCER"],
  ABORTED: ["ABORTED_BY_CUSTOMER", "ABORTED_DUE_TO_TECHNICAL_ISSUE", "EXPIRED"],
  CANCELLED: ["CANCEL_BY_CUSTOMER"],
} as const satisfies Record<ConsolidatedStatus, readonly string[]>;

export type SubStatus = (typeof SUB_STATUSES)[keyof typeof SUB_STATUSES][number];

/** The readable texts of each step as the bank's page and plugins write them, beyond the canonical name itself. */
const READABLE_SPELLINGS: Readonly<Partial<Record<SubStatus, readonly string[]>>> = {
  PRE_APPROVED_BY_PRODUCER_WAITING_FOR_CONTRACT_SIGNATURE: [
    "SUBSCRIPTION PRE-APPROVED BY PRODUCER WAITING FOR CONTRACT SIGNATURE",
    "SUBSCRIPTION PRE-APPROVED BY PRODUCER - WAITING FOR CONTRACT SIGNATURE",
  ],
  PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT: ["PAYMENT HAS BEEN ISSUED TO MERCHANT"],
  CANCEL_BY_CUSTOMER: ["CANCELLED BY CUSTOMER", "CANCELED BY CUSTOMER"],
};

/** Every spelling the shop knows of a step: its canonical name, the same with spaces, and the bank's readable texts. */
export function knownSpellings(canonical: SubStatus): string[] {
  return [...new Set([canonical, canonical.replaceAll("_", " "), ...(READABLE_SPELLINGS[canonical] ?? [])])];
}

/**
 * The comparison form: upper case; underscores, hyphens, the " - " separator
 * and runs of spaces all one space; the two spellings of "cancelled" and
 * "has/have" made one.
 */
export function comparisonForm(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s_-]+/g, " ")
    .trim()
    .replace(/\bCANCELED\b/g, "CANCELLED")
    .replace(/\bHAVE\b/g, "HAS");
}

const BY_FORM: ReadonlyMap<string, SubStatus> = new Map(
  (Object.values(SUB_STATUSES).flat() as SubStatus[]).flatMap((canonical) =>
    knownSpellings(canonical).map((spelling) => [comparisonForm(spelling), canonical] as const),
  ),
);

const reported = new Set<string>();

/** Once per distinct text per process: a bank that keeps sending it must not flood the log. */
function reportUnknown(text: string): void {
  if (reported.has(text)) return;
  reported.add(text);
  console.warn(`bank sub-status not recognised, the consolidated status decides alone: ${JSON.stringify(text)}`);
}

/** The canonical sub-status for whatever spelling the bank sent; null for none or one the shop does not know. */
export function readSubStatus(text: unknown): SubStatus | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  const canonical = BY_FORM.get(comparisonForm(text));
  if (!canonical) reportUnknown(text);
  return canonical ?? null;
}

/** The bank's own words for a step (its plugins' spelling), to show people rather than the shop's key. */
export function subStatusText(canonical: SubStatus): string {
  return READABLE_SPELLINGS[canonical]?.[0] ?? canonical.replaceAll("_", " ");
}

export function isSubStatus(value: unknown): value is SubStatus {
  return typeof value === "string" && (Object.values(SUB_STATUSES).flat() as string[]).includes(value);
}
