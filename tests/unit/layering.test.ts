import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The lint rules that keep the folders importing downward (ARCHITECTURE.md
 * "Folders"). Each case lints an in-memory file placed in a lower layer that
 * imports a higher one, and must be refused; the last ones must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() });
// Most probe files do not exist on disk, which import/no-cycle cannot follow: only the cycle case keeps it.
const withoutCycles = new ESLint({ cwd: process.cwd(), overrideConfig: { rules: { "import/no-cycle": "off" } } });

async function ruleErrors(filePath: string, source: string, ruleId = "import/no-restricted-paths") {
  const linter = ruleId === "import/no-cycle" ? eslint : withoutCycles;
  const [result] = await linter.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === ruleId);
}

const UPWARD: { name: string; file: string; source: string; message: RegExp }[] = [
  {
    name: "server/ importing app/",
    file: "server/shop/layer-probe.ts",
    source: 'import { useTRPC } from "@/app/_client/trpc";\nexport const probe = useTRPC;\n',
    message: /server\/ never imports app\//,
  },
  {
    name: "db/shop importing server/shop",
    file: "db/shop/layer-probe.ts",
    source: 'import { solutionKind } from "../../server/shop/financing/solution-kind";\nexport const probe = solutionKind;\n',
    message: /db\/ sits below server\/shop and server\/sandbox/,
  },
  {
    name: "db/ importing server/sandbox",
    file: "db/sqlite.ts",
    source: 'import * as errors from "@/server/sandbox/http/errors";\nexport const probe = errors;\n',
    message: /db\/ sits below server\/shop and server\/sandbox/,
  },
  {
    name: "server/lib importing server/shop",
    file: "server/lib/layer-probe.ts",
    source: 'import { solutionKind } from "@/server/shop/financing/solution-kind";\nexport const probe = solutionKind;\n',
    message: /are neutral/,
  },
  {
    name: "server/contract importing db/",
    file: "server/contract/layer-probe.ts",
    source: 'import { openSqlite } from "../../db/sqlite";\nexport const probe = openSqlite;\n',
    message: /are neutral/,
  },
  {
    name: "server/env.ts importing server/sandbox",
    file: "server/env.ts",
    source: 'import * as solutions from "./sandbox/domain/solutions";\nexport const probe = solutions;\n',
    message: /are neutral/,
  },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// ESLint loads its whole plugin set on first use: slow on a busy machine.
describe("folders import only downward", { timeout: 60_000 }, () => {
  for (const { name, file, source, message } of UPWARD) {
    it(`refuses ${name}`, async () => {
      const errors = await ruleErrors(file, source);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(message);
    });
  }

  it("lets each layer import the ones below it", async () => {
    expect(await ruleErrors("server/shop/layer-probe.ts", 'import { shopDb } from "@/db/shop/client";\nexport const probe = shopDb;\n')).toEqual([]);
    expect(await ruleErrors("db/shop/layer-probe.ts", 'import { env } from "@/server/env";\nexport const probe = env;\n')).toEqual([]);
    expect(await ruleErrors("app/_client/layer-probe.ts", 'import { messagesFor } from "@/server/shop/i18n/messages";\nexport const probe = messagesFor;\n')).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    // refresh.ts imports order-not-found.ts: an order-not-found.ts importing refresh.ts back closes a cycle.
    const errors = await ruleErrors("server/shop/orders/order-not-found.ts", 'import { refreshOrder } from "./refresh";\nexport const probe = refreshOrder;\n', "import/no-cycle");
    expect(errors).toHaveLength(1);
  });

  it("keeps client-side modules out of server/", () => {
    const clientModules = filesUnder("server").filter((path) => /^\s*["']use client["']/.test(readFileSync(path, "utf8")));
    expect(clientModules).toEqual([]);
  });
});

describe("only server/shop/bank/ reads the contract's types", { timeout: 60_000 }, () => {
  const probe = (from: string) => `import type * as contract from "${from}";\nexport type Probe = keyof typeof contract;\n`;

  const probes: [file: string, from: string][] = [
    ["server/shop/admin/contract-probe.ts", "@/server/contract/types"],
    ["server/shop/orders/contract-probe.ts", "@/server/contract/generated/e-financing"],
    ["app/(back-office)/contract-probe.tsx", "@/server/contract/types"],
  ];
  for (const [file, from] of probes) {
    it(`refuses ${file} importing ${from}`, async () => {
      const errors = await ruleErrors(file, probe(from));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toMatch(/Only server\/shop\/bank\/ reads the contract's types/);
    });
  }

  it("lets the bank module read them", async () => {
    expect(await ruleErrors("server/shop/bank/contract-probe.ts", probe("@/server/contract/types"))).toEqual([]);
  });
});
