/**
 * Playwright's web server: fresh databases in a temp dir, then `next start`.
 * Run as a child process so Playwright can stop it at the end of the run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextStart, prepareDatabases, serverEnv } from "./server";

const port = Number(process.env.E2E_PORT);
if (!port) throw new Error("E2E_PORT is required");
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "scalexpert-e2e-"));
const env = serverEnv(port, dataDir);
prepareDatabases(env);
const child = spawn(process.execPath, nextStart(port), {
  env: { ...process.env, ...env, NODE_ENV: "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
