/**
 * Test support: checks a value against one schema of the project's own
 * e-financing contract (server/contract/e-financing.yaml, or the 1.7.1 one),
 * so that the domain's API mappers are held to the same contract as the HTTP
 * layer.
 *
 * The contract leaves objects open; here every object that lists its
 * properties is closed (additionalProperties: false), so that a mapper that
 * adds a field the bank does not send, or misspells one, fails too.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { loadContract, type ContractName } from "@/server/contract";

let ajv: Ajv | undefined;
const added = new Set<ContractName>();
const compiled = new Map<string, ValidateFunction>();

function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (typeof node !== "object" || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  Object.values(schema).forEach(closeObjects);
}

export function contractErrors(schemaName: string, value: unknown, contract: ContractName = "e-financing"): string[] {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // OpenAPI's numeric formats carry no constraint JSON Schema can check.
    for (const f of ["float", "double", "int32", "int64"]) ajv.addFormat(f, true);
  }
  if (!added.has(contract)) {
    const schemas = structuredClone(loadContract(contract).components?.schemas ?? {});
    closeObjects(schemas);
    ajv.addSchema({ $id: contract, components: { schemas } });
    added.add(contract);
  }
  const ref = `${contract}#/components/schemas/${schemaName}`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
