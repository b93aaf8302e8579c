/**
 * Everything that differs between the API versions a sandbox merchant may
 * speak (1.4.0, this project's contract; 1.7.1, the live bank), in one place:
 * handlers ask here rather than branching on the version. What the contracts
 * decide on their own (paths, the required `language` query parameter, length
 * limits and patterns) comes from each version's contract
 * (contract-operations.ts, validation.ts) and is not repeated here.
 *
 * List items are the same in both: 1.4.0's item already carries isDelivered
 * and isReturned, and cancellationAlreadyMade, which 1.7.1 requires, is always
 * sent.
 */
import type { ApiVersion } from "../domain/api-versions";
import type { Action, CancellationAnswer } from "../domain/lifecycle";
import { effectiveSettings } from "../planning/settings";
import type { Merchant } from "../store/merchants";
import type { Subscription } from "../store/subscription-record";
import { subscriptionToApi } from "./operations/subscription-mapper";

export function merchantApiVersion(merchant: Pick<Merchant, "settings">): ApiVersion {
  return effectiveSettings(merchant.settings).apiVersion;
}

/** GET /subscriptions/{id}: 1.7.1 drops clientId and merchantId and adds the delivery and return flags. */
export function subscriptionDetail(sub: Subscription, version: ApiVersion) {
  const detail = subscriptionToApi(sub);
  if (version === "1.4.0") return detail;
  const { clientId: _clientId, merchantId: _merchantId, ...kept } = detail;
  return { ...kept, isReturned: sub.isReturned, isDelivered: sub.isDelivered };
}

export interface ErrorEntry {
  readonly code: string;
  readonly message: string;
}

/** The part an error body adds in a version: 1.7.1 repeats the error as `errors: [{code, message}]`. */
export function errorBodyExtras(version: ApiVersion | undefined, errorCode: string, errorMessage: string): { errors?: ErrorEntry[] } {
  return version === "1.7.1" ? { errors: [{ code: errorCode, message: errorMessage }] } : {};
}

/**
 * The `status` of the _cancel answer: the fate of the request. Both say
 * ACCEPTED when accepted, full or partial; a request the producer decides
 * later (Hanseatic) is REQUESTED in 1.4.0, and in 1.7.1 names what was asked.
 */
export function cancellationStatusWord(answer: CancellationAnswer, version: ApiVersion): string {
  if (answer.fate === "accepted") return "ACCEPTED";
  if (version === "1.4.0") return "REQUESTED";
  return answer.full ? "REQUEST_CANCELLATION" : "REQUEST_PART_CANCELLATION";
}

/** The life cycle's cancellation for the version: 1.7.1 has a delivered long credit returned first (_confirmReturn). */
export function cancellationAction(amountCents: number, version: ApiVersion): Action {
  return { type: "merchantCancel", amountCents, returnRequiredOnceDelivered: version === "1.7.1" };
}
