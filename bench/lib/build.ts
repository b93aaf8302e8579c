/** The production build the bench measures, in its own dist dir (never another engineer's). */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const BUILD_LIMIT_MS = 8 * 60_000;

export function hasBuild(distDir: string): boolean {
  return existsSync(join(distDir, "BUILD_ID"));
}

export function build(distDir: string): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_LIMIT_MS);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve((performance.now() - t0) / 1000);
      else reject(new Error(`next build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
