import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The lint rule that keeps the storefront and the sandbox apart. These cases
 * lint an in-memory file placed on one side that imports the other side.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths");
}

// ESLint loads its whole plugin set on first use: slow on a busy machine.
describe("import boundary between storefront and sandbox", { timeout: 60_000 }, () => {
  it("refuses a storefront module importing sandbox code (alias path)", async () => {
    const errors = await boundaryErrors(
      "server/shop/boundary-probe.ts",
      'import { migrateAndSeedSandbox } from "@/db/sandbox/migrate";\nexport const probe = migrateAndSeedSandbox;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/must not import sandbox code/);
  });

  it("refuses a storefront page importing sandbox code (relative path)", async () => {
    const errors = await boundaryErrors(
      "app/(shop)/boundary-probe.tsx",
      'import { migrateAndSeedSandbox } from "../../db/sandbox/migrate";\nexport const probe = migrateAndSeedSandbox;\n',
    );
    expect(errors).toHaveLength(1);
  });

  it("refuses sandbox code importing the storefront", async () => {
    const errors = await boundaryErrors(
      "db/sandbox/boundary-probe.ts",
      'import { seedShop } from "../shop/seed";\nexport const probe = seedShop;\n',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/must not import storefront code/);
  });

  it("lets both sides use the neutral modules", async () => {
    expect(await boundaryErrors("server/shop/boundary-probe.ts", 'import { env } from "@/server/env";\nexport const probe = env;\n')).toEqual([]);
    expect(await boundaryErrors("db/sandbox/boundary-probe.ts", 'import { openSqlite } from "../sqlite";\nexport const probe = openSqlite;\n')).toEqual([]);
  });
});
