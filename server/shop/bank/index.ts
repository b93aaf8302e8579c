/**
 * The merchant's E-financing client (server only).
 *
 *   bankClient()                     the app's client (env credentials, calls logged in bank_api_calls)
 *   createBankClient(options)        a client of your own: { baseUrl, clientId, clientSecret, fetch?, timeouts?, retry?, logger? }
 *   BankApiError                     the one error every method throws: { kind, httpStatus, errorCode, message, outcomeUnknown, isAlreadyDone, ... }
 *   cancellationOutcome(status)      what the _cancel answer's status means, in 1.4.0 and 1.7.1 words
 *   journeyLanguage(solutionCode)    the `language` sent on POST /subscriptions (fr-FR, de-DE)
 *   shopperErrorKey / SHOPPER_ERROR_MESSAGES / merchantMessage   what to tell people about it
 *   listApiCalls(db, filter)         the API log, newest first
 *
 * Every method takes and answers the shop's own types, amounts in cents: EligibleSolution, SolutionSimulations,
 * SubscriptionApplication and CreatedSubscription, SubscriptionSnapshot and its list and detail forms, Cancellation
 * and CancellationAnswer. The API's decimal euros never leave this folder.
 */
import "server-only";

export { bankClient } from "./default-client";
export { createBankClient, DEFAULT_TIMEOUTS, type BankClient, type BankClientOptions, type BankTimeouts, type CallOptions, type SubscriptionQuery } from "./client";
export { BankApiError, type BankErrorKind } from "./errors";
export { cancellationOutcome, journeyLanguage, type ApiVersion, type CancellationOutcome, type JourneyLanguage } from "./later-versions";
export { createDbApiLogger, listApiCalls, apiLogOperations, type ApiCallFilter, type ApiCallRow } from "./api-log";
export { SHOPPER_ERROR_KEYS, SHOPPER_ERROR_MESSAGES, shopperErrorKey, shopperMessage, merchantMessage, type ShopperErrorKey, type ShopLanguage } from "./messages";
export type { ListedSubscription, SubscriptionDetail, SubscriptionList, SubscriptionSnapshot } from "./subscription-snapshot";
export type { CommunicationKit, EligibleSolution, FinancingQuery } from "./eligibility";
export type { Simulation, SolutionSimulations } from "./simulation";
export type { CreatedSubscription, SubscriptionApplication } from "./subscription-body";
export type { Cancellation, CancellationAnswer } from "./cancellation";
export { CANCELLATION_STATUSES, isCancellationStatus, type CancellationStatus, type ConsolidatedStatus, type DeliveryOperator } from "./vocabulary";
export { DEFAULT_RETRY, type RetrySettings } from "./retry-policy";
export type { ApiCallLogger, ApiCallRecord, FetchLike } from "./transport";
