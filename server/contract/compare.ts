/**
 * Compares the machine-readable parts of two OpenAPI documents: what a client,
 * a validator or a type generator acts on, as opposed to the prose around it.
 * Used by the contract tests to hold our own wording of the bank's API to the
 * vendor's contract.
 */

type JsonObject = { [key: string]: unknown };

/** Keywords that only carry prose or presentation, never behaviour. */
const PROSE_KEYWORDS = new Set([
  "description",
  "summary",
  "example",
  "examples",
  "title",
  "externalDocs",
  "info",
  "tags",
  "servers",
  "contact",
  "termsOfService",
]);

/**
 * Keywords whose value is a map keyed by names the author chose (property
 * names, status codes, media types...). Their keys must survive stripping:
 * BasketItem has a property literally called "description".
 */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "definitions",
  "schemas",
  "responses",
  "requestBodies",
  "parameters",
  "content",
  "headers",
  "encoding",
  "mapping",
  "paths",
  "securitySchemes",
  "callbacks",
  "links",
  "variables",
]);

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep copy of a keyword object (schema, operation, ...) without its prose. */
export function stripProse(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripProse);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE_KEYWORDS.has(key) || key.startsWith("x-")) continue;
    if (key === "scopes" && isObject(value)) {
      // Scope names are the contract; their values are descriptions.
      out[key] = Object.keys(value).sort();
    } else if (NAME_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, stripProse(item)]));
    } else {
      out[key] = stripProse(value);
    }
  }
  return out;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "undefined" : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function join(at: string, key: string | number): string {
  if (typeof key === "number") return `${at}[${key}]`;
  return at ? `${at}.${key}` : key;
}

/**
 * Differences between two stripped values, one human-readable line each.
 * `required` lists are compared as sets (their order means nothing); every
 * other array is ordered.
 */
export function diffValues(ours: unknown, reference: unknown, at = ""): string[] {
  if (isObject(ours) && isObject(reference)) {
    const keys = [...new Set([...Object.keys(reference), ...Object.keys(ours)])].sort();
    return keys.flatMap((key) => {
      const where = join(at, key);
      if (!(key in ours)) return [`${where}: missing in ours (reference has ${show(reference[key])})`];
      if (!(key in reference)) return [`${where}: not in the reference (ours has ${show(ours[key])})`];
      return diffValues(ours[key], reference[key], where);
    });
  }
  if (Array.isArray(ours) && Array.isArray(reference)) {
    if (at === "required" || at.endsWith(".required")) {
      const missing = reference.filter((item) => !ours.includes(item));
      const extra = ours.filter((item) => !reference.includes(item));
      return [
        ...(missing.length ? [`${at}: missing in ours ${show(missing)}`] : []),
        ...(extra.length ? [`${at}: not in the reference ${show(extra)}`] : []),
      ];
    }
    if (ours.length !== reference.length) {
      return [`${at}: ours has ${ours.length} items ${show(ours)}, reference has ${reference.length} ${show(reference)}`];
    }
    return ours.flatMap((item, index) => diffValues(item, reference[index], join(at, index)));
  }
  if (Object.is(ours, reference)) return [];
  return [`${at || "(root)"}: ours ${show(ours)}, reference ${show(reference)}`];
}

export interface OperationEntry {
  path: string;
  method: string;
  pathItem: JsonObject;
  operation: JsonObject;
}

/** Every operation of a document, keyed "METHOD /path". */
export function listOperations(doc: unknown): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  const paths = isObject(doc) && isObject(doc.paths) ? doc.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) operations.set(`${method.toUpperCase()} ${path}`, { path, method, pathItem, operation });
    }
  }
  return operations;
}

/**
 * The machine-readable part of an operation. Parameters (path-level and
 * operation-level) are keyed "in:name" so that a reordering is not reported
 * and a difference names the parameter.
 */
export function operationContract({ pathItem, operation }: OperationEntry): JsonObject {
  const parameters = [
    ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
    ...(Array.isArray(operation.parameters) ? operation.parameters : []),
  ];
  const keyed: JsonObject = {};
  for (const parameter of parameters) {
    const key = isObject(parameter) ? `${String(parameter.in)}:${String(parameter.name ?? parameter.$ref)}` : "?";
    keyed[key] = stripProse(parameter);
  }
  const contract: JsonObject = { parameters: keyed, responses: stripProse(operation.responses) };
  for (const key of ["operationId", "requestBody", "security", "deprecated", "callbacks"]) {
    if (key in operation) contract[key] = stripProse(operation[key]);
  }
  return contract;
}

export type DiffReport = Record<string, string[]>;

/**
 * Operation-by-operation differences. With `only`, just those operations are
 * compared (for a document that describes part of the vendor's API).
 */
export function compareOperations(ours: unknown, reference: unknown, only?: readonly string[]): DiffReport {
  const ourOps = listOperations(ours);
  const refOps = listOperations(reference);
  const keys = only ?? [...new Set([...refOps.keys(), ...ourOps.keys()])];
  const report: DiffReport = {};
  for (const key of keys) {
    const mine = ourOps.get(key);
    const theirs = refOps.get(key);
    if (!mine) report[key] = ["operation missing in ours"];
    else if (!theirs) report[key] = ["operation not in the reference"];
    else report[key] = diffValues(operationContract(mine), operationContract(theirs));
  }
  return report;
}

export function componentSchemas(doc: unknown): JsonObject {
  if (!isObject(doc) || !isObject(doc.components) || !isObject(doc.components.schemas)) return {};
  return doc.components.schemas;
}

/** Schema-by-schema differences, over `names` or over every schema of either document. */
export function compareSchemas(ours: unknown, reference: unknown, names?: readonly string[]): DiffReport {
  const mine = componentSchemas(ours);
  const theirs = componentSchemas(reference);
  const keys = names ?? [...new Set([...Object.keys(theirs), ...Object.keys(mine)])].sort();
  const report: DiffReport = {};
  for (const name of keys) {
    if (!(name in mine)) report[name] = ["schema missing in ours"];
    else if (!(name in theirs)) report[name] = ["schema not in the reference"];
    else report[name] = diffValues(stripProse(mine[name]), stripProse(theirs[name]));
  }
  return report;
}

/** Only the entries that differ; an empty object means the documents agree. */
export function failures(report: DiffReport): DiffReport {
  return Object.fromEntries(Object.entries(report).filter(([, diffs]) => diffs.length > 0));
}

/** The security requirements and schemes, without token URLs (ours point at the sandbox by design). */
export function securityContract(doc: unknown): JsonObject {
  const schemes = isObject(doc) && isObject(doc.components) && isObject(doc.components.securitySchemes)
    ? doc.components.securitySchemes
    : {};
  const stripped: JsonObject = {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const copy = stripProse(scheme);
    if (isObject(copy) && isObject(copy.flows)) {
      for (const flow of Object.values(copy.flows)) {
        if (isObject(flow)) {
          delete flow.tokenUrl;
          delete flow.authorizationUrl;
          delete flow.refreshUrl;
        }
      }
    }
    stripped[name] = copy;
  }
  return { security: isObject(doc) ? doc.security : undefined, securitySchemes: stripped };
}

/** Every place a "$ref" (or a discriminator mapping) points to, with where it was found. */
export function collectRefs(node: unknown, at = "#"): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => collectRefs(item, `${at}/${index}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const where = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (key === "$ref" && typeof value === "string") return [{ at: where, ref: value }];
    if (key === "mapping" && isObject(value)) {
      return Object.entries(value)
        .filter((entry): entry is [string, string] => typeof entry[1] === "string")
        .map(([name, ref]) => ({ at: `${where}/${name}`, ref }));
    }
    return collectRefs(value, where);
  });
}

/** Resolves a local JSON pointer ("#/components/schemas/X"); undefined when it leads nowhere. */
export function resolveLocalRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Names of the component schemas that the given operations use, directly or through other schemas. */
export function schemasUsedBy(doc: unknown, operationKeys: readonly string[]): string[] {
  const operations = listOperations(doc);
  const prefix = "#/components/schemas/";
  const found = new Set<string>();
  const pending = operationKeys.flatMap((key) => collectRefs(operations.get(key)?.operation));
  while (pending.length > 0) {
    const { ref } = pending.pop()!;
    if (!ref.startsWith(prefix)) continue;
    const name = ref.slice(prefix.length);
    if (found.has(name)) continue;
    found.add(name);
    pending.push(...collectRefs(componentSchemas(doc)[name]));
  }
  return [...found].sort();
}
