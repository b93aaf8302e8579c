/**
 * Turns ajv errors into the bank's words. The API gateway (a JSON-schema
 * validator in front of the service) refuses missing fields, wrong types and
 * size limits with a 422 whose message reads like
 *   [Code: 1028 | Message: $.solutionCode: is missing but it is required | path: $]
 * The service itself refuses badly formatted values (pattern, enum, format)
 * with 400 REQUEST_VALIDATION_ERROR and a message naming the field and the rule.
 */
import type { ErrorObject } from "ajv";

/** The gateway validator's numeric codes for the rules it reports. */
const GATEWAY_CODES: Readonly<Record<string, number>> = {
  maxItems: 1011,
  maxLength: 1012,
  minItems: 1015,
  minLength: 1016,
  required: 1028,
  type: 1029,
};

/** "/buyers/0/contact" -> "$.buyers[0].contact" */
export function jsonPath(instancePath: string): string {
  if (instancePath === "") return "$";
  return (
    "$" +
    instancePath
      .split("/")
      .slice(1)
      .map((raw) => raw.replaceAll("~1", "/").replaceAll("~0", "~"))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : `.${seg}`))
      .join("")
  );
}

/** The JSON type name of a value, telling integers from other numbers as JSON Schema does. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function isGatewayError(error: ErrorObject): boolean {
  return error.keyword in GATEWAY_CODES;
}

/** The gateway's 422 message for one error (ajv must run with `verbose: true` for type errors). */
export function gatewayMessage(error: ErrorObject): string {
  const path = jsonPath(error.instancePath);
  const code = GATEWAY_CODES[error.keyword] ?? 1000;
  const params = error.params as Record<string, unknown>;
  let message: string;
  switch (error.keyword) {
    case "required":
      message = `${path}.${String(params.missingProperty)}: is missing but it is required`;
      break;
    case "type":
      message = `${path}: ${jsonType(error.data)} found, ${String(params.type)} expected`;
      break;
    case "maxLength":
      message = `${path}: may only be ${String(params.limit)} characters long`;
      break;
    case "minLength":
      message = `${path}: must be at least ${String(params.limit)} characters long`;
      break;
    case "maxItems":
      message = `${path}: there must be a maximum of ${String(params.limit)} items in the array`;
      break;
    case "minItems":
      message = `${path}: expected at least ${String(params.limit)} items but found ${Array.isArray(error.data) ? error.data.length : 0}`;
      break;
    default:
      message = `${path}: ${error.message ?? "is invalid"}`;
  }
  return `[Code: ${code} | Message: ${message} | path: ${path}]`;
}

/** The field in the service's dotted notation: "buyers[0].contact.email". */
export function fieldName(instancePath: string): string {
  const path = jsonPath(instancePath);
  return path === "$" ? "body" : path.slice(2);
}

/** The service's 400 message for a format rule: field, rule and rejected value. */
export function fieldRuleMessage(error: ErrorObject): string {
  const field = fieldName(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const rejected = JSON.stringify(error.data);
  switch (error.keyword) {
    case "pattern":
      return `Field '${field}' must match the pattern ${String(params.pattern)}; rejected value ${rejected}`;
    case "enum":
      return `Field '${field}' must be one of [${(params.allowedValues as unknown[]).join(", ")}]; rejected value ${rejected}`;
    case "format":
      return `Field '${field}' must be a valid ${String(params.format)}; rejected value ${rejected}`;
    default:
      return `Field '${field}' ${error.message ?? "is invalid"}; rejected value ${rejected}`;
  }
}

/**
 * Which error the bank reports: the gateway runs first, so any gateway-class
 * error wins over a format error; within a class, the first one found.
 */
export function pickError(errors: readonly ErrorObject[]): { kind: "gateway" | "field"; error: ErrorObject } | undefined {
  const gateway = errors.find(isGatewayError);
  if (gateway) return { kind: "gateway", error: gateway };
  const first = errors[0];
  return first ? { kind: "field", error: first } : undefined;
}
