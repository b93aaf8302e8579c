/**
 * The e-financing operations as the project's contract of each API version
 * declares them: method, path template, parameters and body schema location.
 * The router and the validators read them from here, so the sandbox serves a
 * merchant exactly the paths of its version's contract.
 */
import { loadContract, type ContractName } from "@/server/contract";
import { API_VERSIONS, DEFAULT_API_VERSION, type ApiVersion } from "../domain/api-versions";

export const E_FINANCING_OPERATION_IDS = [
  "getEligibleProductServices",
  "simulateSolution",
  "initiateCreditSubscription",
  "retrieveCreditSubscriptionForSpecificMerchant",
  "retrieveCreditSubscription",
  "doConfirmDelivery",
  "cancelCreditSubscription",
  "doConfirmReturn",
] as const;
export type EFinancingOperationId = (typeof E_FINANCING_OPERATION_IDS)[number];

/** Operations that only later versions have; every version has all the others. */
const LATER_OPERATIONS: readonly EFinancingOperationId[] = ["doConfirmReturn"];

const CONTRACTS: Readonly<Record<ApiVersion, ContractName>> = { "1.4.0": "e-financing", "1.7.1": "e-financing-1.7.1" };

/** The project's contract that describes an API version. */
export function contractOf(version: ApiVersion): ContractName {
  return CONTRACTS[version];
}

/** Ids a later contract gives an operation the sandbox knows by its 1.4.0 id (faults and handlers use those). */
const RENAMED: Readonly<Record<string, EFinancingOperationId>> = { creditSimulation: "simulateSolution" };

export interface ParameterDef {
  readonly name: string;
  readonly in: "query" | "path" | "header" | "cookie";
  readonly required: boolean;
  /** JSON pointer of the parameter's schema inside the contract. */
  readonly schemaPointer: string;
  readonly schema: { readonly type?: string; readonly format?: string; readonly default?: unknown };
}

export interface OperationDef {
  readonly operationId: EFinancingOperationId;
  readonly method: string;
  /** Path template relative to the API base, e.g. "/subscriptions/{creditSubscriptionId}". */
  readonly path: string;
  readonly parameters: readonly ParameterDef[];
  /** JSON pointer of the JSON request body schema, when the operation takes one. */
  readonly bodySchemaPointer?: string;
}

const METHODS = ["get", "post", "put", "delete", "patch"] as const;

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

interface RawOperation {
  operationId?: string;
  parameters?: { name: string; in: ParameterDef["in"]; required?: boolean; schema?: ParameterDef["schema"] }[];
  requestBody?: { content?: Record<string, unknown> };
}

const cached = new Map<ApiVersion, readonly OperationDef[]>();

export function eFinancingOperations(version: ApiVersion = DEFAULT_API_VERSION): readonly OperationDef[] {
  const hit = cached.get(version);
  if (hit) return hit;
  const doc = loadContract(contractOf(version));
  const known = new Set<string>(E_FINANCING_OPERATION_IDS);
  const operations: OperationDef[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as RawOperation | undefined;
      const operationId = op?.operationId && (RENAMED[op.operationId] ?? op.operationId);
      if (!op || !operationId || !known.has(operationId)) continue;
      const base = `/paths/${pointerSegment(path)}/${method}`;
      operations.push({
        operationId: operationId as EFinancingOperationId,
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters ?? []).map((p, i) => ({
          name: p.name,
          in: p.in,
          required: p.required ?? p.in === "path",
          schemaPointer: `${base}/parameters/${i}/schema`,
          schema: p.schema ?? {},
        })),
        bodySchemaPointer:
          op.requestBody?.content?.["application/json"] !== undefined
            ? `${base}/requestBody/content/${pointerSegment("application/json")}/schema`
            : undefined,
      });
    }
  }
  const missing = E_FINANCING_OPERATION_IDS.filter((id) => !LATER_OPERATIONS.includes(id) && !operations.some((o) => o.operationId === id));
  if (missing.length > 0) throw new Error(`contract ${contractOf(version)} lacks operations: ${missing.join(", ")}`);
  cached.set(version, operations);
  return operations;
}

/** Every path any version serves, for the routing done before the caller (and so its version) is known. */
export function everyVersionOperations(): readonly OperationDef[] {
  return API_VERSIONS.flatMap((version) => eFinancingOperations(version));
}

export function operationDef(operationId: EFinancingOperationId, version: ApiVersion = DEFAULT_API_VERSION): OperationDef {
  const op = eFinancingOperations(version).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`operation ${operationId} is not in version ${version}`);
  return op;
}

/** Matches "/subscriptions/{creditSubscriptionId}/_cancel" against the request's segments. */
export function matchTemplate(template: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = template.split("/").filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    const param = /^\{(\w+)\}$/.exec(part);
    if (param) params[param[1]!] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
