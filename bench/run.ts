/**
 * `npm run bench`: builds the production app into its own dist dir, starts
 * it on a free loopback port with fresh temporary databases and the embedded
 * bank, measures the seven figures of the benchmark (bench/figures), stops
 * what it started, prints a table (every target met or missed) and writes
 * bench/results.json.
 *
 *   --quick      a few seconds per figure (development; indicative figures only)
 *   --no-build   reuse the existing build in the dist dir
 *   --only 1,5   measure only these figures
 *   --soak-minutes N   length of the memory soak (figure 7; 10 by default, 1 with --quick)
 *   --readme     put the table in README.md between the bench markers
 *
 * Dist dir: NEXT_DIST_DIR, default .next-bench.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadavg } from "node:os";
import { startServer, type RunningServer } from "@/tests/support/server";
import { bankCallsPerViews } from "./figures/bank-calls";
import { checkoutOverhead } from "./figures/checkout";
import { memorySoak } from "./figures/memory-soak";
import { memoryOf, pageWeight } from "./figures/page-weight";
import { productPageOverhead } from "./figures/product-page";
import { sandboxThroughput } from "./figures/sandbox-throughput";
import { tokenEfficiency } from "./figures/token-efficiency";
import { build, hasBuild } from "./lib/build";
import { FULL_PLAN, QUICK_PLAN, type BenchContext } from "./lib/context";
import { DEMO_CREDENTIALS } from "./lib/sandbox";
import { describe, machine } from "./lib/machine";
import { updateReadme } from "./lib/readme";
import { markdownTable, notesText, targetSummary, textTable, type FigureResult } from "./lib/report";

/** Past this (plus the soak's own minutes), everything started is stopped and the run fails: no benchmark runs away on a shared machine. */
const RUN_LIMIT_MS = 16 * 60_000;

type Figure = { id: number; title: string; run: (ctx: BenchContext) => Promise<Omit<FigureResult, "seconds">> };

// In this order: figure 2 needs the offers cache cold; figure 6 reads the memory after the other loads and the order of figure 3;
// the soak comes last, on a server that has been through everything else.
const FIGURES: Figure[] = [
  { id: 2, title: "Bank calls per product-page views", run: bankCallsPerViews },
  { id: 1, title: "Product page overhead", run: productPageOverhead },
  { id: 3, title: "Checkout overhead", run: checkoutOverhead },
  { id: 4, title: "Token efficiency", run: tokenEfficiency },
  { id: 5, title: "Sandbox throughput", run: sandboxThroughput },
  { id: 6, title: "Page weight and server memory", run: pageWeight },
  { id: 7, title: "Memory under steady load", run: memorySoak },
];

const log = (message: string) => console.log(`[bench] ${message}`);

/** The message with its causes ("fetch failed" alone says nothing). */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && parts.length < 4; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? e.message : String(e));
  }
  return parts.join(": ");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { quick: { type: "boolean" }, "no-build": { type: "boolean" }, only: { type: "string" }, readme: { type: "boolean" }, "soak-minutes": { type: "string" } },
  });
  const quick = values.quick === true;
  const basePlan = quick ? QUICK_PLAN : FULL_PLAN;
  const soakMinutes = values["soak-minutes"] === undefined ? basePlan.soakMinutes : Number(values["soak-minutes"]);
  if (!Number.isFinite(soakMinutes) || soakMinutes < 1 || soakMinutes > 60) throw new Error("--soak-minutes takes a number of minutes from 1 to 60");
  const plan = { ...basePlan, soakMinutes };
  const only = values.only ? new Set(values.only.split(",").map((s) => Number(s.trim()))) : null;
  const distDir = process.env.NEXT_DIST_DIR || ".next-bench";
  process.env.NEXT_DIST_DIR = distDir; // the server started below inherits it
  const started = performance.now();
  const host = machine();
  log(`${quick ? "quick" : "full"} run on ${describe(host)}`);

  let buildSeconds: number | null = null;
  if (values["no-build"]) {
    if (!hasBuild(distDir)) throw new Error(`no build in ${distDir}: run without --no-build`);
    log(`reusing the build in ${distDir}`);
  } else {
    log(`next build into ${distDir}`);
    buildSeconds = await build(distDir);
    log(`built in ${buildSeconds.toFixed(0)} s`);
  }

  const consolePassword = randomBytes(12).toString("hex");
  let server: RunningServer | undefined;
  const stop = async () => {
    const s = server;
    server = undefined;
    await s?.stop();
  };
  const limitMs = RUN_LIMIT_MS + (only && !only.has(7) ? 0 : soakMinutes * 60_000);
  const watchdog = setTimeout(() => {
    console.error(`[bench] over ${limitMs / 60_000} minutes: stopping`);
    void stop().finally(() => process.exit(3));
  }, limitMs);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().finally(() => process.exit(130)));

  const figures: FigureResult[] = [];
  try {
    server = await startServer({
      quiet: true,
      extraEnv: {
        // Empty blocks any .env value: the shop talks to this server's own sandbox, as the demo merchant.
        SCALEXPERT_BASE_URL: "",
        SCALEXPERT_CLIENT_ID: DEMO_CREDENTIALS.clientId,
        SCALEXPERT_CLIENT_SECRET: DEMO_CREDENTIALS.clientSecret,
        SANDBOX_CONSOLE_PASSWORD: consolePassword,
        SANDBOX_RATE_LIMIT_PER_MINUTE: "1000000",
        RECONCILE_INTERVAL_SECONDS: "60",
      },
    });
    log(`server ${server.baseURL} (pid ${server.pid}), data in ${server.dataDir}`);
    const ctx: BenchContext = {
      server,
      plan,
      shopDbPath: join(server.dataDir, "shop.db"),
      sandboxDbPath: join(server.dataDir, "sandbox.db"),
      consolePassword,
      shared: { rssAtStartKiB: memoryOf(server.pid).rssKiB },
      log: (m) => log(`  ${m}`),
    };
    for (const figure of FIGURES) {
      if (only && !only.has(figure.id)) continue;
      log(`figure ${figure.id}: ${figure.title}`);
      const t0 = performance.now();
      try {
        figures.push({ ...(await figure.run(ctx)), seconds: Math.round((performance.now() - t0) / 1000) });
      } catch (error) {
        const message = describeError(error);
        log(`  figure ${figure.id} not measured: ${message}`);
        figures.push({ id: figure.id, title: figure.title, measures: [], notes: [], error: message, seconds: Math.round((performance.now() - t0) / 1000) });
      }
    }
  } finally {
    await stop();
    clearTimeout(watchdog);
  }

  figures.sort((a, b) => a.id - b.id);
  host.loadAverage.end = Number(loadavg()[0]!.toFixed(2));
  const date = new Date().toISOString();
  const totalSeconds = Math.round((performance.now() - started) / 1000);
  console.log(`\n${textTable(figures)}\n`);
  for (const line of targetSummary(figures)) console.log(line);
  console.log("");
  for (const note of notesText(figures)) console.log(`  ${note}`);
  console.log(`\n${date.slice(0, 16).replace("T", " ")} UTC · ${describe(host)} · ${quick ? "quick" : "full"} run, ${totalSeconds} s`);

  writeFileSync(
    join("bench", "results.json"),
    JSON.stringify({ date, machine: host, mode: quick ? "quick" : "full", distDir, buildSeconds, totalSeconds, figures }, null, 2) + "\n",
  );
  log("wrote bench/results.json");
  if (values.readme) {
    const markdown = [
      `Latest run: ${date.slice(0, 10)}, ${describe(host)}; ${quick ? "quick" : "full"} run in ${totalSeconds} s.`,
      "",
      markdownTable(figures),
      "",
      ...targetSummary(figures).map((line) => `${line}  `),
      "",
      ...notesText(figures).map((n) => `- ${n}`),
    ].join("\n");
    log(updateReadme("README.md", markdown) ? "updated README.md" : "README.md has no bench markers: left as is");
  }
  return figures.some((f) => f.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
