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
import type { BankError } from "@/server/contract/types";
import { basicAuth, readAnswer, type ControlAnswer, type NewMerchant, type SubscriptionView } from "@/server/sandbox/console/controls-client";
import type { GatewayErrorBody } from "@/server/sandbox/http/errors";
import {
  bankBase as bankBaseOf,
  CONSOLE_PASSWORD,
  DEMO_MERCHANT,
  marketOf,
  subscriptionBody,
  testControls,
  testMerchant as newTestMerchant,
  tokenUrl,
  uniqueId,
  type TestMerchant,
  type TestMerchantOptions,
} from "../support/bank-fixtures";

export { DEMO_MERCHANT };
export const CONSOLE = { user: "console", password: CONSOLE_PASSWORD };

export const baseURL = () => inject("baseURL");
export const bankBase = () => bankBaseOf(baseURL());
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

export type GatewayError = GatewayErrorBody;

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

export type Answer<T = unknown> = ControlAnswer<T>;

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
  const answer = await readAnswer<T>(await fetch(url, { method: method.toUpperCase(), headers, body }));
  assertConforms(operationId, answer.status, answer.body, answer.text, version);
  return answer;
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
  const answer = await readAnswer<TokenAnswer & { error?: string }>(
    await fetch(tokenUrl(baseURL()), {
      method: "POST",
      headers: { Authorization: basicAuth(clientId, clientSecret), "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    }),
  );
  if (answer.status === 200) {
    const validate = responseValidator("auth-server", "requestAccessToken", 200)!;
    if (!validate(answer.body)) throw new Error(`token answer does not conform: ${ajv.errorsText(validate.errors)}`);
  }
  return answer;
}

export async function token(clientId: string, clientSecret: string, scope = "e-financing:rw"): Promise<string> {
  const answer = await requestToken(clientId, clientSecret, { grant_type: "client_credentials", scope });
  if (answer.status !== 200) throw new Error(`token: ${answer.status} ${answer.text}`);
  return answer.body.access_token;
}

// ---- controls ----------------------------------------------------------------

export const consoleAuth = () => basicAuth("console", CONSOLE_PASSWORD);
export const controls = () => testControls(baseURL());

/** A control call as it answers (the controls' own tests check refusals), with the console credential unless `auth` says otherwise. */
export function control<T = unknown>(method: string, pathname: string, body?: unknown, auth?: string | null): Promise<Answer<T>> {
  return controls().send<T>(method, pathname, { body, auth });
}

export type { TestMerchant, TestMerchantOptions };

/** A fresh merchant of its own for a test file; its token's answer is checked against the contract. */
export function testMerchant(solutionCodes: NewMerchant["solutionCodes"], name = "integration test", options: Omit<TestMerchantOptions, "name" | "issueToken"> = {}): Promise<TestMerchant> {
  return newTestMerchant(baseURL(), solutionCodes, { name, ...options, issueToken: token });
}

export type ControlSubscription = SubscriptionView;

/** Forces the actions one after the other; answers the subscription after the last. */
export async function force(m: TestMerchant, subscriptionId: string, ...actions: string[]): Promise<ControlSubscription> {
  let last: ControlSubscription | undefined;
  for (const action of actions) last = await controls().force(m.merchantId, subscriptionId, action);
  return last!;
}

export const advance = (m: TestMerchant, advanceBy: string | number) => controls().advanceClock(m.merchantId, advanceBy);

export const inspect = (m: TestMerchant, subscriptionId: string) => controls().subscription(m.merchantId, subscriptionId);

// ---- request bodies ----------------------------------------------------------

export { subscriptionBody, uniqueId };

export interface Created {
  id: string;
  redirect: { type: "url" | "page"; value: string };
}

/** The query 1.7.1 requires on POST /subscriptions (the journey's language follows the solution's market). */
export const languageQuery = (m: TestMerchant, solutionCode: string): Record<string, string> =>
  m.apiVersion === "1.7.1" ? { language: marketOf(solutionCode) === "DE" ? "de-DE" : "fr-FR" } : {};

export async function createSubscription(m: TestMerchant, solutionCode: string, amount: number, overrides: Record<string, unknown> = {}) {
  const body = subscriptionBody(solutionCode, amount, overrides);
  const answer = await call<Created>("initiateCreditSubscription", { token: m.token, version: m.apiVersion, query: languageQuery(m, solutionCode), body });
  if (answer.status !== 201) throw new Error(`create subscription: ${answer.status} ${answer.text}`);
  return { ...answer.body, request: body };
}

export type BankErrorBody = Required<BankError>;
