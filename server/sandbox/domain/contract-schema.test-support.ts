/**
 * Test support: checks a value against one schema of the project's own
 * e-financing contract (server/contract/e-financing.yaml), so that the
 * domain's API mappers are held to the same contract as the HTTP layer.
 *
 * The contract leaves objects open; here every object that lists its
 * properties is closed (additionalProperties: false), so that a mapper that
 * adds a field the bank does not send, or misspells one, fails too.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadContract } from "@/server/contract";

let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (typeof node !== "object" || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  Object.values(schema).forEach(closeObjects);
}

export function contractErrors(schemaName: string, value: unknown): string[] {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // OpenAPI's numeric formats carry no constraint JSON Schema can check.
    for (const f of ["float", "double", "int32", "int64"]) ajv.addFormat(f, true);
    const schemas = structuredClone(loadContract("e-financing").components?.schemas ?? {});
    closeObjects(schemas);
    ajv.addSchema({ $id: "contract", components: { schemas } });
  }
  let validate = compiled.get(schemaName);
  if (!validate) {
    validate = ajv.compile({ $ref: `contract#/components/schemas/${schemaName}` });
    compiled.set(schemaName, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
