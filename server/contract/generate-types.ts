/**
 * Generates server/contract/generated/*.ts from the contract files with
 * openapi-typescript's Node API (`npm run contract:types`). The up-to-date
 * test renders through the same function, so script and test cannot drift.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { CONTRACT_DIR, CONTRACT_FILES, CONTRACT_NAMES, type ContractName } from "./index";
import { contractLintConfig } from "./lint";

export const GENERATED_DIR = path.join(CONTRACT_DIR, "generated");

export function generatedFile(name: ContractName): string {
  return path.join(GENERATED_DIR, `${name}.ts`);
}

/** TypeScript types for one contract; throws when the document is not valid OpenAPI 3. */
export async function renderContractTypes(name: ContractName): Promise<string> {
  const ast = await openapiTS(pathToFileURL(CONTRACT_FILES[name]), { redocly: await contractLintConfig() });
  return COMMENT_HEADER + astToString(ast);
}

async function main(): Promise<void> {
  for (const name of CONTRACT_NAMES) {
    writeFileSync(generatedFile(name), await renderContractTypes(name), "utf8");
    console.log(`wrote ${path.relative(process.cwd(), generatedFile(name))}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
