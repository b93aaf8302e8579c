/**
 * Writes the sandbox bank's kit assets (logos, tables, product PDFs) to
 * public/sandbox/assets/ from the solution catalogue. Run after changing
 * the sandbox's pricing: npx tsx scripts/generate-sandbox-assets.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sandboxAssets } from "../server/sandbox/documents/assets";

const dir = path.join(process.cwd(), "public", "sandbox", "assets");
mkdirSync(dir, { recursive: true });
const files = sandboxAssets();
const names = new Set(files.map((f) => f.name));
for (const stale of readdirSync(dir).filter((name) => !names.has(name))) rmSync(path.join(dir, stale));
for (const file of files) writeFileSync(path.join(dir, file.name), file.content);
console.log(`wrote ${files.length} files to ${path.relative(process.cwd(), dir)}`);
