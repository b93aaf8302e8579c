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
  // The catalogue and product pages are cached shells with the shopper's parts streamed in (app/(catalogue)).
  cacheComponents: true,
  // A product page's first view renders it whole (its params are awaited outside Suspense) and keeps it for the next views.
  partialPrefetching: false,
  experimental: {
    // Pages rendered on their first view stay in this server's memory, not in the build's folder: several
    // servers of one build (tests, a demo beside them) each have their own database, and a restart after a
    // new seed starts from an empty cache.
    isrFlushToDisk: false,
  },
};

module.exports = nextConfig;
