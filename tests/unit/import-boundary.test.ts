import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The lint rule that keeps the storefront and the sandbox apart. These cases
 * lint an in-memory file placed on one side that imports the other side.
 */
// The probe files do not exist on disk, which import/no-cycle cannot follow: tests/unit/layering.test.ts checks that rule.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: { rules: { "import/no-cycle": "off" } } });

async function boundaryErrors(filePath: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths");
}

// ESLint loads its whole plugin set on first use: slow on a busy machine.
describe("import boundary between storefront and sandbox", { timeout: 60_000 }, () => {
  it.each([
    ["a storefront module importing sandbox code (alias path)", "server/shop/boundary-probe.ts", "@/server/sandbox/migrate-and-seed", "migrateAndSeedSandbox", /must not import sandbox code/],
    ["a storefront page importing sandbox code (relative path)", "app/(shop)/boundary-probe.tsx", "../../server/sandbox/migrate-and-seed", "migrateAndSeedSandbox", /must not import sandbox code/],
    ["sandbox code importing the storefront", "db/sandbox/boundary-probe.ts", "../shop/seed", "seedShop", /must not import storefront code/],
  ])("refuses %s", async (_case, filePath, from, name, message) => {
    const errors = await boundaryErrors(filePath, `import { ${name} } from "${from}";\nexport const probe = ${name};\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(message);
  });

  it("lets both sides use the neutral modules", async () => {
    expect(await boundaryErrors("server/shop/boundary-probe.ts", 'import { env } from "@/server/env";\nexport const probe = env;\n')).toEqual([]);
    expect(await boundaryErrors("db/sandbox/boundary-probe.ts", 'import { openSqlite } from "../sqlite";\nexport const probe = openSqlite;\n')).toEqual([]);
  });
});
