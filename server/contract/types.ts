/**
 * Type aliases over the generated contract types. Type-only, so client
 * components may import from here without pulling in server code.
 */
import type * as AuthServer from "./generated/auth-server";
import type * as EFinancing from "./generated/e-financing";
import type * as EFinancingV171 from "./generated/e-financing-1.7.1";
import type * as MerchantWebhooks from "./generated/merchant-webhooks";

// E-financing API 1.4.0
export type EFinancingPaths = EFinancing.paths;
export type EFinancingOperations = EFinancing.operations;
export type Schemas = EFinancing.components["schemas"];

export type EligibleSolutions = Schemas["SolutionsResponseList"];
export type EligibleSolution = Schemas["ProductsAndServicesResponse"];
export type CommunicationKit = Schemas["CommunicationKit"];
export type SimulationRequest = Schemas["SolutionSimulationRequest"];
export type SimulationResponse = Schemas["SolutionSimulationResponse"];
export type Simulation = Schemas["Simulation"];
export type SubscriptionRequest = Schemas["InitiateCreditSubscriptionRequest"];
export type SubscriptionCreated = Schemas["InitiateCreditSubscriptionResponse"];
export type Subscription = Schemas["CreditSubscriptionResponse"];
export type SubscriptionPage = Schemas["PaginationCreditSubscriptionsResponse"];
export type SubscriptionSummary = Schemas["CreditSubscription"];
export type ConsolidatedStatus = Schemas["CreditSubscriptionResponse"]["consolidatedStatus"];
export type CancellationStatus = NonNullable<Schemas["CreditSubscriptionResponse"]["cancellationStatus"]>;
export type DeliveryConfirmation = Schemas["ConfirmDeliveryRequest"];
export type DeliveryOperator = NonNullable<Schemas["ConfirmDeliveryRequest"]["operator"]>;
export type CancellationRequest = Schemas["CreditCancellationDTO"];
export type CancellationResponse = Schemas["CancellationResponse"];
export type BankError = Schemas["BaasExceptionHttpResponse"];

// E-financing API 1.7.1, what the bank serves today at the same URLs: the
// aliases the code and its checks use, named as their 1.4.0 alias with a V171
// suffix where the schema is unchanged in meaning.
export type EFinancingPathsV171 = EFinancingV171.paths;
type SchemasV171 = EFinancingV171.components["schemas"];

/** The query of POST /subscriptions, which 1.7.1 adds (`language`). */
export type SubscriptionRequestQueryV171 = NonNullable<EFinancingV171.operations["initiateCreditSubscription"]["parameters"]["query"]>;
export type SubscriptionV171 = SchemasV171["CreditSubscriptionDtoResponse"];
export type SubscriptionSummaryV171 = SchemasV171["CreditSubscriptionDto"];
export type CancellationOutcomeV171 = SchemasV171["CreditCancellationResponse"]["status"];

// Auth server: the token endpoint only
export type AuthServerPaths = AuthServer.paths;
export type TokenResponse = AuthServer.components["schemas"]["TokenResponse"];

// Merchant webhooks API 1.0.6 (the schemas the code uses)
type WebhookSchemas = MerchantWebhooks.components["schemas"];
export type WebhookEvent = WebhookSchemas["WebhookEventForMerchant"];
export type WebhookEventPayload = WebhookSchemas["WebhookEventPayload"];
export type WebhookConfigResponse = WebhookSchemas["MerchantWebhookConfigResponse"];
