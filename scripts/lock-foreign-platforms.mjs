/**
 * The registry this project is built against only mirrors packages for the
 * platforms it runs on, so `npm install` leaves the other platforms' optional
 * binaries (darwin, win32, musl, arm...) out of package-lock.json, and
 * `npm ci` then refuses the lockfile as out of sync. This adds those entries
 * back, marked optional with their os/cpu/libc, so npm ci skips them cleanly.
 * Run after changing dependencies: `node scripts/lock-foreign-platforms.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const platform = (name) => {
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "openharmony", "sunos", "netbsd", "aix"].find((o) => name.includes(`-${o}`));
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el", "wasm32"].find((c) => new RegExp(`-${c}(-|$)`).test(name));
  const libc = name.includes("musl") ? "musl" : name.includes("-gnu") && os === "linux" ? "glibc" : undefined;
  return { os, cpu, libc };
};

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platform(dep);
    if (!os || !cpu) continue;
    if (os === "linux" && cpu === "x64" && libc !== "musl") continue; // our own platform: must come from the registry
    lock.packages[key] = { version, optional: true, os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
    added++;
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} foreign-platform optional entries`);
