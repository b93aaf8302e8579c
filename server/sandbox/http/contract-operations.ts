/**
 * The e-financing operations as the project's contract declares them: method,
 * path template, parameters and body schema location. The router and the
 * validators read them from here, so the sandbox serves exactly the paths of
 * the contract.
 */
import { loadContract } from "@/server/contract";

export const E_FINANCING_OPERATION_IDS = [
  "getEligibleProductServices",
  "simulateSolution",
  "initiateCreditSubscription",
  "retrieveCreditSubscriptionForSpecificMerchant",
  "retrieveCreditSubscription",
  "doConfirmDelivery",
  "cancelCreditSubscription",
] as const;
export type EFinancingOperationId = (typeof E_FINANCING_OPERATION_IDS)[number];

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

let cached: readonly OperationDef[] | undefined;

export function eFinancingOperations(): readonly OperationDef[] {
  if (cached) return cached;
  const doc = loadContract("e-financing");
  const known = new Set<string>(E_FINANCING_OPERATION_IDS);
  const operations: OperationDef[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as RawOperation | undefined;
      if (!op?.operationId || !known.has(op.operationId)) continue;
      const base = `/paths/${pointerSegment(path)}/${method}`;
      operations.push({
        operationId: op.operationId as EFinancingOperationId,
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
  const missing = E_FINANCING_OPERATION_IDS.filter((id) => !operations.some((o) => o.operationId === id));
  if (missing.length > 0) throw new Error(`contract e-financing lacks operations: ${missing.join(", ")}`);
  cached = operations;
  return operations;
}

export function operationDef(operationId: EFinancingOperationId): OperationDef {
  const op = eFinancingOperations().find((o) => o.operationId === operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
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
