import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * No two folders import each other (ARCHITECTURE.md "Folders"). ESLint's
 * import/no-cycle sees cycles between files; two folders can still lean on
 * each other through different files, which is the tangle that makes a
 * folder impossible to read or move on its own. Tests and test support are
 * left out: they sit above what they test. A folder and one of its own
 * subfolders are one module split in files (a dictionary and its languages,
 * a router and its procedures), so only folders that do not contain each
 * other count.
 */
const ROOTS = ["app", "server", "db"];
const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test\.tsx?$|\.test-support\.tsx?$/;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return SOURCE.test(name) && !TEST.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? resolve(specifier.slice(2)) : specifier.startsWith(".") ? resolve(dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(process.cwd(), candidate);
  }
  return null;
}

/** Folder → the folders its files import (itself left out). */
function folderGraph(files: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = dirname(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]!);
      if (!target || dirname(target) === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(dirname(target));
    }
  }
  return graph;
}

const contains = (outer: string, inner: string) => inner.startsWith(`${outer}/`);

/** Pairs of folders, neither inside the other, that import each other. */
function mutualPairs(graph: Map<string, Set<string>>): string[] {
  const pairs: string[] = [];
  for (const [a, targets] of graph) {
    for (const b of targets) if (a < b && !contains(a, b) && !contains(b, a) && graph.get(b)?.has(a)) pairs.push(`${a} <-> ${b}`);
  }
  return pairs.sort();
}

describe("folder imports", () => {
  it("finds a pair of folders that import each other", () => {
    const graph = new Map([
      ["server/a", new Set(["server/b"])],
      ["server/b", new Set(["server/a", "server/b/c"])],
      ["server/b/c", new Set(["server/b"])],
    ]);
    expect(mutualPairs(graph)).toEqual(["server/a <-> server/b"]);
  });

  it("has no two folders importing each other in app/, server/ and db/", () => {
    expect(mutualPairs(folderGraph(ROOTS.flatMap(sourceFiles)))).toEqual([]);
  });
});
