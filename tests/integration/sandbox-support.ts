/**
 * Helpers of the sandbox integration tests: an isolated test merchant per
 * test file, tokens, and one way to call the bank that validates EVERY
 * answer against the project's contract (server/contract/*.yaml) of the
 * merchant's API version for that operation and status, so that a
 * non-conforming answer fails the test.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { inject } from "vitest";
import { parse } from "yaml";

export const CONSOLE = { user: "console", password: process.env.SANDBOX_CONSOLE_PASSWORD || "sandbox" };
export const DEMO_MERCHANT = { clientId: "6f1c2b7e-4d3a-4e8b-9c5d-0a1b2c3d4e5f", clientSecret: "sandbox-demo-secret" };

export const baseURL = () => inject("baseURL");
export const bankBase = () => `${baseURL()}/sandbox/baas/uatc`;
export const apiBase = () => `${bankBase()}/e-financing/api/v1`;

type Doc = { paths: Record<string, Record<string, Operation>> };
interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

const contractFile = (name: string) => path.join(process.cwd(), "server", "contract", `${name}.yaml`);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const eFinancing = parse(readFileSync(contractFile("e-financing"), "utf8")) as Doc;
const eFinancing171 = parse(readFileSync(contractFile("e-financing-1.7.1"), "utf8")) as Doc;
const authServer = parse(readFileSync(contractFile("auth-server"), "utf8")) as Doc;
ajv.addSchema(eFinancing as object, "e-financing");
ajv.addSchema(eFinancing171 as object, "e-financing-1.7.1");
ajv.addSchema(authServer as object, "auth-server");

export type ApiVersion = "1.4.0" | "1.7.1";
type Contract = "e-financing" | "e-financing-1.7.1" | "auth-server";
const E_FINANCING: Readonly<Record<ApiVersion, Contract>> = { "1.4.0": "e-financing", "1.7.1": "e-financing-1.7.1" };
const DOCS: Readonly<Record<Contract, Doc>> = { "e-financing": eFinancing, "e-financing-1.7.1": eFinancing171, "auth-server": authServer };
// 1.7.1 names the simulation creditSimulation; the tests call every version's operation by its 1.4.0 id.
const LATER_IDS: Readonly<Record<string, string>> = { simulateSolution: "creditSimulation" };

const esc = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");

function findOperation(doc: Doc, operationId: string): { template: string; method: string; op: Operation } {
  for (const id of [operationId, LATER_IDS[operationId]]) {
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (id !== undefined && op?.operationId === id) return { template, method, op };
      }
    }
  }
  throw new Error(`no operation ${operationId} in the contract`);
}

const validators = new Map<string, ValidateFunction | null>();

/** The contract's schema for this answer (status, else default); null when the contract gives none. */
function responseValidator(contract: Contract, operationId: string, status: number): ValidateFunction | null {
  const key = `${contract} ${operationId} ${status}`;
  if (validators.has(key)) return validators.get(key)!;
  const { template, method, op } = findOperation(DOCS[contract], operationId);
  const code = op.responses[String(status)] ? String(status) : op.responses.default ? "default" : undefined;
  if (!code) throw new Error(`the contract declares no answer ${status} for ${operationId}`);
  const content = op.responses[code]?.content ?? {};
  const media = Object.keys(content).find((m) => content[m]?.schema !== undefined);
  const validator = media
    ? ajv.compile({ $ref: `${contract}#/paths/${esc(template)}/${method}/responses/${code}/content/${esc(media)}/schema` })
    : null;
  validators.set(key, validator);
  return validator;
}

export interface GatewayError {
  timestamp: string;
  path: string;
  status: "422";
  error: "Unprocessable Entity";
  message: string;
  requestId: string;
  traceId: string;
}

/** The 422 of the gateway is not in the contract: its shape is checked here, field by field. */
function assertGatewayBody(body: unknown): void {
  const b = body as Record<string, unknown>;
  const ok =
    typeof b?.timestamp === "string" &&
    !Number.isNaN(Date.parse(b.timestamp)) &&
    typeof b.path === "string" &&
    b.status === "422" &&
    b.error === "Unprocessable Entity" &&
    typeof b.message === "string" &&
    /^\[Code: \d+ \| Message: .+ \| path: \$.*\]$/.test(b.message) &&
    typeof b.requestId === "string" &&
    typeof b.traceId === "string";
  if (!ok) throw new Error(`422 body does not have the gateway's shape: ${JSON.stringify(body)}`);
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

async function read(res: Response): Promise<{ text: string; body: unknown }> {
  const text = await res.text();
  let body: unknown = undefined;
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { text, body };
}

/** Checks an e-financing answer against the contract of the version; throws with the ajv errors when it does not conform. */
export function assertConforms(operationId: string, status: number, body: unknown, text: string, version: ApiVersion = "1.4.0"): void {
  if (status === 422) return assertGatewayBody(body);
  if (status === 204) {
    if (text !== "") throw new Error(`${operationId} 204 must have no body, got ${text}`);
    return;
  }
  const validate = responseValidator(E_FINANCING[version], operationId, status);
  if (!validate) return;
  if (!validate(body)) {
    throw new Error(`${operationId} ${status} does not conform to the ${version} contract: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 2000)}`);
  }
  if (status >= 400) {
    // Error answers: the BaasExceptionHttpResponse fields are all there and agree with the status.
    const e = body as Record<string, unknown>;
    for (const field of ["timestamp", "httpStatusCode", "httpStatusMessage", "errorCode", "errorMessage", "requestMethod", "requestURI"]) {
      if (e?.[field] === undefined) throw new Error(`${operationId} ${status}: error body lacks ${field}: ${text}`);
    }
    if (e.httpStatusCode !== status) throw new Error(`${operationId}: httpStatusCode ${String(e.httpStatusCode)} ≠ ${status}`);
  }
}

export interface CallOptions {
  token?: string;
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Sent as is (e.g. malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** The caller's API version: the path and the answer's schema come from its contract (default 1.4.0). */
  version?: ApiVersion;
}

/** Calls an e-financing operation by its contract operationId and validates the answer against the contract of the version. */
export async function call<T = unknown>(operationId: string, options: CallOptions = {}): Promise<Answer<T>> {
  const version = options.version ?? "1.4.0";
  const { template, method } = findOperation(DOCS[E_FINANCING[version]], operationId);
  const pathname = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ""));
  const url = new URL(`${apiBase()}${pathname}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined || options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = options.rawBody ?? JSON.stringify(options.body);
  }
  const res = await fetch(url, { method: method.toUpperCase(), headers, body });
  const { text, body: parsed } = await read(res);
  assertConforms(operationId, res.status, parsed, text, version);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

export interface TokenAnswer {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** POST to the token endpoint; a 200 is validated against auth-server.yaml. */
export async function requestToken(
  clientId: string,
  clientSecret: string,
  form: Record<string, string> = { grant_type: "client_credentials", scope: "e-financing:rw" },
): Promise<Answer<TokenAnswer & { error?: string }>> {
  const res = await fetch(`${bankBase()}/auth-server/api/v1/oauth2/token`, {
    method: "POST",
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams(form).toString(),
  });
  const { text, body } = await read(res);
  if (res.status === 200) {
    const validate = responseValidator("auth-server", "requestAccessToken", 200)!;
    if (!validate(body)) throw new Error(`token answer does not conform: ${ajv.errorsText(validate.errors)}`);
  }
  return { status: res.status, headers: res.headers, body: body as TokenAnswer, text };
}

export async function token(clientId: string, clientSecret: string, scope = "e-financing:rw"): Promise<string> {
  const answer = await requestToken(clientId, clientSecret, { grant_type: "client_credentials", scope });
  if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
  return answer.body.access_token;
}

// ---- controls ----------------------------------------------------------------

export const consoleAuth = () => `Basic ${Buffer.from(`${CONSOLE.user}:${CONSOLE.password}`).toString("base64")}`;

/** A control call (no contract: the controls are the sandbox's own), with the console credential unless `auth` says otherwise. */
export async function control<T = unknown>(method: string, pathname: string, body?: unknown, auth: string | null = consoleAuth()): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (auth) headers.Authorization = auth;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(`${bankBase()}/sandbox/v1${pathname}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const { text, body: parsed } = await read(res);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

export interface TestMerchant {
  merchantId: string;
  clientId: string;
  clientSecret: string;
  token: string;
  apiVersion: ApiVersion;
}

export interface TestMerchantOptions {
  /** The E-financing version the sandbox speaks to this merchant (default 1.4.0). */
  apiVersion?: ApiVersion;
  /** How a German credit's journey is handed over (default "url"). */
  germanRedirect?: "url" | "page";
}

/** A fresh merchant of its own for a test file: nothing another file does can touch it. */
export async function testMerchant(solutionCodes: string[], name = "integration test", options: TestMerchantOptions = {}): Promise<TestMerchant> {
  const created = await control<{ merchantId: string; clientId: string; clientSecret: string; apiVersion: ApiVersion }>("POST", "/merchants", {
    name,
    solutionCodes,
    ...options,
  });
  if (created.status !== 201) throw new Error(`create merchant: ${created.status} ${created.text}`);
  const { merchantId, clientId, clientSecret, apiVersion } = created.body;
  return { merchantId, clientId, clientSecret, apiVersion, token: await token(clientId, clientSecret) };
}

export interface ControlSubscription {
  id: string;
  status: string;
  subStatus: string;
  cancellationStatus: string | null;
  financedAmount: number;
  journeyUrl: string;
  availableActions: string[];
  history: { action: string; source: string; from: { status: string; subStatus: string } | null; to: { status: string; subStatus: string }; at: string }[];
  dueWork: { action: string; dueAt: string; state: string }[];
}

export async function force(m: TestMerchant, subscriptionId: string, ...actions: string[]): Promise<ControlSubscription> {
  let last: Answer<ControlSubscription> | undefined;
  for (const action of actions) {
    last = await control<ControlSubscription>("POST", `/merchants/${m.merchantId}/subscriptions/${subscriptionId}/transitions`, { action });
    if (last.status !== 200) throw new Error(`force ${action}: ${last.status} ${last.text}`);
  }
  return last!.body;
}

export async function advance(m: TestMerchant, advanceBy: string | number) {
  const answer = await control<{ now: string; offsetSeconds: number; done: { action: string; result: string; subscriptionId: string }[] }>(
    "POST",
    `/merchants/${m.merchantId}/clock`,
    { advanceBy },
  );
  if (answer.status !== 200) throw new Error(`advance: ${answer.status} ${answer.text}`);
  return answer.body;
}

export async function inspect(m: TestMerchant, subscriptionId: string): Promise<ControlSubscription> {
  const answer = await control<ControlSubscription>("GET", `/merchants/${m.merchantId}/subscriptions/${subscriptionId}`);
  if (answer.status !== 200) throw new Error(`inspect: ${answer.status} ${answer.text}`);
  return answer.body;
}

// ---- request bodies ----------------------------------------------------------

let counter = 0;
export const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++counter}`;

const address = (country: string, locationType: string) => ({
  locationType,
  streetNumber: 12,
  streetName: country === "DE" ? "Hauptstraße" : "rue de la Paix",
  zipCode: country === "DE" ? "20095" : "75002",
  cityName: country === "DE" ? "Hamburg" : "Paris",
  regionName: country === "DE" ? "Hamburg" : "Île-de-France",
  countryCode: country,
});

const contact = (country: string) => ({
  lastName: country === "DE" ? "Müller" : "Dupont",
  firstName: country === "DE" ? "Anna" : "Paul",
  commonTitle: "MR",
  email: "paul.dupont@example.com",
  mobilePhoneNumber: country === "DE" ? "+4915123456789" : "+33612345678",
});

/** A complete, valid POST /subscriptions body; `overrides` replace top-level fields. */
export function subscriptionBody(solutionCode: string, financedAmount: number, overrides: Record<string, unknown> = {}) {
  const country = solutionCode.startsWith("SCDE") ? "DE" : "FR";
  return {
    solutionCode,
    merchantBasketId: uniqueId("basket"),
    merchantGlobalOrderId: uniqueId("order"),
    merchantBuyerId: uniqueId("buyer"),
    financedAmount,
    merchantUrls: { confirmation: "https://shop.example/checkout/return/abc" },
    buyers: [
      {
        birthName: "Dupont",
        birthDate: "1980-04-12",
        contact: contact(country),
        contactAddress: address(country, "MAIN_ADDRESS"),
        billingContact: contact(country),
        billingAddress: address(country, "BILLING_ADDRESS"),
        deliveryContact: contact(country),
        deliveryAddress: address(country, "DELIVERY_ADDRESS"),
      },
    ],
    basketDetails: {
      basketItems: [
        {
          id: "SKU-1",
          quantity: 1,
          model: "KSM200",
          label: "Robot pâtissier",
          price: financedAmount,
          currencyCode: "EUR",
          orderId: "OD-1",
          brandName: "KitchenAid",
          description: "Robot pâtissier à bol relevable",
          specifications: "315 W",
          category: "Small appliance",
          sku: "KSM200-RED",
          isFinanced: true,
        },
      ],
    },
    ...overrides,
  };
}

export interface Created {
  id: string;
  redirect: { type: "url" | "page"; value: string };
}

/** The query 1.7.1 requires on POST /subscriptions (the journey's language follows the solution's market). */
export const languageQuery = (m: TestMerchant, solutionCode: string): Record<string, string> =>
  m.apiVersion === "1.7.1" ? { language: solutionCode.startsWith("SCDE") ? "de-DE" : "fr-FR" } : {};

export async function createSubscription(m: TestMerchant, solutionCode: string, amount: number, overrides: Record<string, unknown> = {}) {
  const body = subscriptionBody(solutionCode, amount, overrides);
  const answer = await call<Created>("initiateCreditSubscription", { token: m.token, version: m.apiVersion, query: languageQuery(m, solutionCode), body });
  if (answer.status !== 201) throw new Error(`create subscription: ${answer.status} ${answer.text}`);
  return { ...answer.body, request: body };
}

export interface BankErrorBody {
  errorCode: string;
  errorMessage: string;
  httpStatusCode: number;
  requestURI: string;
  requestMethod: string;
}
