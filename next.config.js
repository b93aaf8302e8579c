// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds live side by side (tests, benchmarks, a running demo).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon: loaded by Node at run time, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  // The bank serves ".../subscriptions/" like ".../subscriptions" without a redirect (the vendor's plugins rely on it).
  skipTrailingSlashRedirect: true,
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
