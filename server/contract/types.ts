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
export type EFinancingComponents = EFinancing.components;
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

// E-financing API 1.7.1, what the bank serves today at the same URLs. The
// schemas unchanged in meaning keep their 1.4.0 alias with a V171 suffix.
export type EFinancingPathsV171 = EFinancingV171.paths;
export type EFinancingOperationsV171 = EFinancingV171.operations;
export type EFinancingComponentsV171 = EFinancingV171.components;
export type SchemasV171 = EFinancingV171.components["schemas"];

export type EligibleSolutionsV171 = SchemasV171["SolutionsResponseList"];
export type EligibleSolutionV171 = SchemasV171["ProductsAndServicesResponse"];
export type CommunicationKitV171 = SchemasV171["CommunicationKit"];
export type SimulationRequestV171 = SchemasV171["SolutionSimulationRequest"];
export type SimulationResponseV171 = SchemasV171["SolutionSimulationResponse"];
export type SubscriptionRequestV171 = SchemasV171["InitiateCreditSubscriptionRequest"];
export type SubscriptionCreatedV171 = SchemasV171["InitiateCreditSubscriptionResponse"];
/** The query of POST /subscriptions, which 1.7.1 adds (`language`). */
export type SubscriptionRequestQueryV171 = NonNullable<EFinancingV171.operations["initiateCreditSubscription"]["parameters"]["query"]>;
export type SubscriptionLanguage = SubscriptionRequestQueryV171["language"];
export type SubscriptionV171 = SchemasV171["CreditSubscriptionDtoResponse"];
export type SubscriptionPageV171 = SchemasV171["PaginationCreditSubscriptionsDtoResponse"];
export type SubscriptionSummaryV171 = SchemasV171["CreditSubscriptionDto"];
export type ConsolidatedStatusV171 = SchemasV171["CreditSubscriptionDtoResponse"]["consolidatedStatus"];
export type CancellationStatusV171 = NonNullable<SchemasV171["CreditSubscriptionDtoResponse"]["cancellationStatus"]>;
export type DeliveryConfirmationV171 = SchemasV171["ConfirmDeliveryRequest"];
export type ReturnConfirmation = SchemasV171["ConfirmReturnRequest"];
export type CancellationRequestV171 = SchemasV171["CreditCancellationDTO"];
export type CancellationResponseV171 = SchemasV171["CreditCancellationResponse"];
export type CancellationOutcomeV171 = CancellationResponseV171["status"];
export type BankErrorV171 = SchemasV171["BaasExceptionHttpResponse"];
export type BankErrorItem = SchemasV171["ErrorCodeAndMessage"];

// Auth server: the token endpoint only
export type AuthServerPaths = AuthServer.paths;
export type TokenRequest = AuthServer.components["schemas"]["TokenRequest"];
export type TokenResponse = AuthServer.components["schemas"]["TokenResponse"];

// Merchant webhooks API 1.0.6 (the operations the shop uses)
export type WebhooksPaths = MerchantWebhooks.paths;
export type WebhooksOperations = MerchantWebhooks.operations;
export type WebhookSchemas = MerchantWebhooks.components["schemas"];
export type WebhookEvent = WebhookSchemas["WebhookEventForMerchant"];
export type WebhookEventPayload = WebhookSchemas["WebhookEventPayload"];
export type WebhookConfigRequest = WebhookSchemas["MerchantWebhookConfigRequest"];
export type WebhookConfigResponse = WebhookSchemas["MerchantWebhookConfigResponse"];
