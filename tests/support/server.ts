/**
 * Starts the production build on a free port with fresh databases, the way
 * `npm run demo` does, for integration tests, e2e tests and benchmarks.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningServer {
  baseURL: string;
  port: number;
  /** The next-server process (it serves in-process: no worker to look for). */
  pid: number;
  dataDir: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A production deployment's variables with real-looking values (none of the demo's), its bank a
 * host that answers nothing: the app must start and serve without it.
 */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: "production",
  APP_URL: "https://shop.example",
  SCALEXPERT_BASE_URL: "https://127.0.0.1:9/baas/uatc",
  SCALEXPERT_CLIENT_ID: "c0ffee00-real-client-id",
  SCALEXPERT_CLIENT_SECRET: "a-client-secret-from-the-bank",
  SCALEXPERT_WEBHOOK_SECRET: "the-signature-key-of-the-webhook-config",
  AUTH_SECRET: "k3Xq9v0T1mZr8bYw2cNf5hJd7sLp4aGe6uQi",
  ADMIN_PASSWORD: "a long and private admin password",
  MERCHANT_NAME: "Cafés Martin SAS",
  MERCHANT_ORIAS: "07 023 456",
  RECONCILE_INTERVAL_SECONDS: "0",
};

export function serverEnv(port: number, dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_PATH: join(dataDir, "shop.db"),
    SANDBOX_DATABASE_PATH: join(dataDir, "sandbox.db"),
    ...extra,
  };
}

/**
 * `next start` on a port, with no `-H`. Given a loopback host name (`-H
 * 127.0.0.1`), Next 16 takes the proxy's rewrites (the catalogue's cached
 * pages) for another origin: its router compares them with the literal
 * 127.0.0.1 while the proxy's URLs say localhost, so it forwards each over
 * HTTP to itself (vercel/next.js#94745). Every catalogue view then costs two
 * requests, and a kept-alive forwarding socket the server closes meanwhile
 * fails the view ("socket hang up"). Without `-H` both sides say localhost.
 */
export function nextStart(port: number): string[] {
  return ["node_modules/next/dist/bin/next", "start", "-p", String(port)];
}

/** Creates and seeds both databases for the given environment. */
export function prepareDatabases(env: Record<string, string>): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms`);
}

export async function startServer(options: { extraEnv?: Record<string, string>; quiet?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "scalexpert-shop-"));
  const env = serverEnv(port, dataDir, options.extraEnv);
  prepareDatabases(env);
  const child = spawn(process.execPath, nextStart(port), {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", options.quiet ? "ignore" : "inherit", "inherit"],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, child, 60_000);
  return {
    baseURL,
    port,
    pid: child.pid ?? 0,
    dataDir,
    env,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ExitedServer {
  /** The exit code; null when it was still running at the deadline (then it is killed). */
  code: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
}

/**
 * Runs `next start` of the production build with this environment, without
 * preparing databases, until it exits or `timeoutMs` passes: for the checks
 * that make the server refuse to start. It is poked on /api/health meanwhile,
 * in case start-up work waits for the first request.
 */
export async function runServerUntilExit(options: { extraEnv?: Record<string, string>; timeoutMs?: number } = {}): Promise<ExitedServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "scalexpert-shop-"));
  const env = serverEnv(port, dataDir, options.extraEnv);
  const child = spawn(process.execPath, nextStart(port), {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let code: number | null | undefined;
  while (code === undefined && Date.now() < deadline) {
    fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    code = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(r, 500))]);
  }
  if (code === undefined) {
    child.kill("SIGKILL");
    await exited;
    code = null;
  }
  rmSync(dataDir, { recursive: true, force: true });
  return { code, output };
}
