/**
 * Requests to the merchant-webhooks API checked against the project's own
 * contract (server/contract/merchant-webhooks.yaml), with the same gateway
 * (422) and service (400) answers as the e-financing API.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadContract } from "@/server/contract";
import { fieldRuleMessage, gatewayMessage, pickError } from "./ajv-messages";
import { pointerSegment } from "./contract-operations";
import { SandboxHttpError, GatewayValidationError } from "./errors";

const CONTRACT_ID = "merchant-webhooks";

export const WEBHOOK_OPERATIONS = {
  findMerchantWebhookConfig: { method: "GET", path: "/webhooks" },
  setMerchantWebConfig: { method: "PUT", path: "/webhooks" },
  triggerEventHelloWorldForMerchant: { method: "POST", path: "/events/tests/_trigger" },
  findWebhookEventsForMerchant: { method: "GET", path: "/events" },
  findWebhooksEventTypes: { method: "GET", path: "/event-types" },
} as const;
export type WebhookOperationId = keyof typeof WEBHOOK_OPERATIONS;

let instance: Ajv | undefined;
function ajv(): Ajv {
  if (!instance) {
    instance = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats(instance);
    // The vendor's contract writes `format: enum` next to its enums; the enum itself is the rule.
    instance.addFormat("enum", true);
    // ajv-formats' "url" refuses private and local hosts (127.0.0.1, localhost), where a
    // sandbox's webhooks typically go; any absolute http(s) URL is a URL here.
    instance.addFormat("url", (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol));
    instance.addSchema(structuredClone(loadContract("merchant-webhooks")) as object, CONTRACT_ID);
  }
  return instance;
}

const compiled = new Map<string, ValidateFunction>();
function validator(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv().compile({ $ref: `${CONTRACT_ID}#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { type?: string; format?: string };
}

function operationPointer(id: WebhookOperationId): { pointer: string; operation: { parameters?: RawParameter[] } } {
  const { method, path } = WEBHOOK_OPERATIONS[id];
  const operation = loadContract("merchant-webhooks").paths[path]?.[method.toLowerCase()] as { operationId?: string; parameters?: RawParameter[] } | undefined;
  if (operation?.operationId !== id) throw new Error(`contract merchant-webhooks lacks ${method} ${path} (${id})`);
  return { pointer: `/paths/${pointerSegment(path)}/${method.toLowerCase()}`, operation };
}

/** Checks a JSON body against the operation's request schema. */
export function validateWebhookBody(id: WebhookOperationId, body: unknown): void {
  const { pointer } = operationPointer(id);
  const validate = validator(`${pointer}/requestBody/content/${pointerSegment("application/json")}/schema`);
  if (validate(body)) return;
  const picked = pickError(validate.errors ?? []);
  if (!picked) return;
  if (picked.kind === "gateway") throw new GatewayValidationError(gatewayMessage(picked.error));
  throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", fieldRuleMessage(picked.error));
}

/** The operation's query parameters, converted to their contract types; a bad one is a 400. */
export function validateWebhookQuery(id: WebhookOperationId, query: URLSearchParams): Record<string, string | number> {
  const { pointer, operation } = operationPointer(id);
  const values: Record<string, string | number> = {};
  (operation.parameters ?? []).forEach((param, index) => {
    if (param.in !== "query") return;
    const raw = query.get(param.name);
    const type = param.schema?.format ?? param.schema?.type ?? "string";
    if (raw === null || raw === "") {
      if (param.required) {
        throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Required request parameter '${param.name}' for method parameter type ${type} is not present`);
      }
      return;
    }
    const value = param.schema?.type === "integer" && /^[+-]?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    const validate = validator(`${pointer}/parameters/${index}/schema`);
    if (!validate(value)) {
      const error = pickError(validate.errors ?? [])?.error;
      const rule = error?.keyword === "type" ? `a valid ${type}` : (error?.message ?? "valid");
      throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", `Failed to convert value of request parameter '${param.name}': ${JSON.stringify(raw)} is not ${rule}`);
    }
    values[param.name] = value;
  });
  return values;
}
