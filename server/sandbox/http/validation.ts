/**
 * Request validation compiled from the project's OpenAPI contract of the
 * merchant's API version (server/contract/e-financing*.yaml): bodies and query
 * parameters are checked against the schemas the contract declares for the
 * operation, never against hand-written rules.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadContract } from "@/server/contract";
import { DEFAULT_API_VERSION, type ApiVersion } from "../domain/api-versions";
import { fieldRuleMessage, gatewayMessage, pickError } from "./ajv-messages";
import { contractOf, operationDef, type EFinancingOperationId, type ParameterDef } from "./contract-operations";
import { SandboxHttpError, GatewayValidationError } from "./errors";

let ajvInstance: Ajv | undefined;
const added = new Set<ApiVersion>();

/** One ajv for every version, each contract added (under its own name) when first needed. */
function ajv(version: ApiVersion): Ajv {
  if (!ajvInstance) {
    // strict: false because OpenAPI schemas carry keywords JSON Schema does
    // not know (example, xml...); verbose: the messages quote the data.
    ajvInstance = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats(ajvInstance);
  }
  if (!added.has(version)) {
    ajvInstance.addSchema(structuredClone(loadContract(contractOf(version))) as object, contractOf(version));
    added.add(version);
  }
  return ajvInstance;
}

const compiled = new Map<string, ValidateFunction>();

/** A validator for the schema at `pointer` in the version's contract (e.g. "/components/schemas/Buyer"). */
export function contractValidator(pointer: string, version: ApiVersion = DEFAULT_API_VERSION): ValidateFunction {
  const ref = `${contractOf(version)}#${pointer}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv(version).compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate;
}

/**
 * The gateway's check of a parsed JSON body: missing fields, wrong types and
 * size limits throw its 422. Format rules are left to validateBody.
 */
export function validateGateway(operationId: EFinancingOperationId, body: unknown, version: ApiVersion = DEFAULT_API_VERSION): void {
  const errors = bodyErrors(operationId, body, version);
  const picked = pickError(errors);
  if (picked?.kind === "gateway") throw new GatewayValidationError(gatewayMessage(picked.error));
}

/**
 * The whole check of a parsed JSON body, in the bank's order: the gateway's
 * 422 first, then the service's 400 REQUEST_VALIDATION_ERROR naming the
 * field for a format rule (pattern, enum, format).
 */
export function validateBody(operationId: EFinancingOperationId, body: unknown, version: ApiVersion = DEFAULT_API_VERSION): void {
  const picked = pickError(bodyErrors(operationId, body, version));
  if (!picked) return;
  if (picked.kind === "gateway") throw new GatewayValidationError(gatewayMessage(picked.error));
  throw new SandboxHttpError(400, "REQUEST_VALIDATION_ERROR", fieldRuleMessage(picked.error));
}

function bodyErrors(operationId: EFinancingOperationId, body: unknown, version: ApiVersion) {
  const pointer = operationDef(operationId, version).bodySchemaPointer;
  if (!pointer) return [];
  const validate = contractValidator(pointer, version);
  return validate(body) ? [] : [...(validate.errors ?? [])];
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function coerce(raw: string, param: ParameterDef): unknown {
  const type = param.schema.type;
  if ((type === "number" || type === "integer") && NUMBER.test(raw.trim())) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function parameterType(param: ParameterDef): string {
  return param.schema.format ?? param.schema.type ?? "string";
}

/**
 * The query parameters of an operation, typed as the contract says, with
 * defaults applied. Missing or unconvertible values: 400 REQUEST_VALIDATION_ERROR,
 * in the words of the bank's (Spring) service.
 */
export function validateQuery(operationId: EFinancingOperationId, query: URLSearchParams, version: ApiVersion = DEFAULT_API_VERSION): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const param of operationDef(operationId, version).parameters) {
    if (param.in !== "query") continue;
    const raw = query.get(param.name);
    if (raw === null || raw === "") {
      if (param.required) {
        throw new SandboxHttpError(
          400,
          "REQUEST_VALIDATION_ERROR",
          `Required request parameter '${param.name}' for method parameter type ${parameterType(param)} is not present`,
        );
      }
      if (param.schema.default !== undefined) result[param.name] = param.schema.default;
      continue;
    }
    const value = coerce(raw, param);
    const validate = contractValidator(param.schemaPointer, version);
    if (!validate(value)) {
      const picked = pickError(validate.errors ?? []);
      const rule = picked?.error.keyword === "type" ? `a valid ${parameterType(param)}` : (picked?.error.message ?? "valid");
      throw new SandboxHttpError(
        400,
        "REQUEST_VALIDATION_ERROR",
        `Failed to convert value of request parameter '${param.name}': ${JSON.stringify(raw)} is not ${rule}`,
      );
    }
    result[param.name] = value;
  }
  return result;
}
