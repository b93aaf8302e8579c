/**
 * Type aliases over the generated contract types. Type-only, so client
 * components may import from here without pulling in server code.
 */
import type * as AuthServer from "./generated/auth-server";
import type * as EFinancing from "./generated/e-financing";
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
