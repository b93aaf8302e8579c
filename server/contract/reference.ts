/**
 * Loads the vendor's published specs, which the contract tests compare ours
 * with. They are reference material kept outside the project (never copied
 * in); CONTRACT_REFERENCE_DIR points elsewhere when needed.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";

const candidates = [process.env.CONTRACT_REFERENCE_DIR, path.join(process.cwd(), "..", "shared", "spec"), "/work/shared/spec"];

export const REFERENCE_DIR = path.resolve(
  candidates.find((dir) => dir && existsSync(path.join(dir, "e-financing-1.4.0.yaml"))) ?? candidates[1]!,
);

/** False only where the vendor's specs are not beside the project (e.g. a bare clone elsewhere). */
export const REFERENCE_AVAILABLE = existsSync(path.join(REFERENCE_DIR, "e-financing-1.4.0.yaml"));

export const REFERENCE_FILES = {
  "e-financing": "e-financing-1.4.0.yaml",
  "e-financing-1.7.1": "e-financing-1.7.1.yaml",
  "auth-server": "auth-server-1.0.2.yaml",
  "merchant-webhooks": "merchant-webhooks-1.0.6.yaml",
} as const;

/**
 * Removes the top-level vendor extension blocks ("x-...:" up to the next
 * top-level key). merchant-webhooks-1.0.6.yaml ships with a mis-indented
 * x-sg-configuration block that no YAML parser accepts; extensions carry no
 * contract, so dropping them loses nothing we compare.
 */
export function dropTopLevelExtensions(text: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of text.split("\n")) {
    const topLevel = /^\S/.test(line);
    if (topLevel) skipping = /^x-[^:]*:/.test(line);
    if (!skipping) kept.push(line);
  }
  return kept.join("\n");
}

export function loadReference(name: keyof typeof REFERENCE_FILES): Record<string, unknown> {
  const file = path.join(REFERENCE_DIR, REFERENCE_FILES[name]);
  const text = readFileSync(file, "utf8");
  let doc = parseDocument(text);
  if (doc.errors.length > 0) doc = parseDocument(dropTopLevelExtensions(text));
  if (doc.errors.length > 0) {
    throw new Error(`Cannot parse ${file}: ${doc.errors.map((error) => error.message).join("; ")}`);
  }
  return doc.toJS() as Record<string, unknown>;
}
