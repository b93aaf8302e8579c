/**
 * The project's own OpenAPI description of the bank's APIs, for server code:
 * the sandbox validates requests against it, tests validate responses.
 * Types live in ./types (also re-exported here).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export type * from "./types";

export const CONTRACT_NAMES = ["e-financing", "e-financing-1.7.1", "auth-server", "merchant-webhooks"] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

// Resolved from the project root (where Next, vitest and the scripts run), not
// from this module, whose location changes once bundled.
export const CONTRACT_DIR = path.join(process.cwd(), "server", "contract");

export const CONTRACT_FILES: Readonly<Record<ContractName, string>> = Object.freeze({
  // 1.4.0, this project's contract; 1.7.1 is what the bank serves today at the same URLs.
  "e-financing": path.join(CONTRACT_DIR, "e-financing.yaml"),
  "e-financing-1.7.1": path.join(CONTRACT_DIR, "e-financing-1.7.1.yaml"),
  "auth-server": path.join(CONTRACT_DIR, "auth-server.yaml"),
  "merchant-webhooks": path.join(CONTRACT_DIR, "merchant-webhooks.yaml"),
});

/** The parts of an OpenAPI 3.0 document that callers navigate; the rest stays unknown. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly [key: string]: unknown };
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components?: {
    readonly schemas?: Readonly<Record<string, unknown>>;
    readonly securitySchemes?: Readonly<Record<string, unknown>>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

const loaded = new Map<ContractName, OpenApiDocument>();

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The parsed document, read once per process. It is frozen because every
 * caller shares it: copy it (structuredClone) before changing anything.
 */
export function loadContract(name: ContractName): OpenApiDocument {
  let doc = loaded.get(name);
  if (!doc) {
    const file = CONTRACT_FILES[name];
    if (!file) throw new Error(`Unknown contract "${String(name)}"; expected one of ${CONTRACT_NAMES.join(", ")}`);
    doc = deepFreeze(parse(readFileSync(file, "utf8")) as OpenApiDocument);
    loaded.set(name, doc);
  }
  return doc;
}
