import { defineConfig } from "drizzle-kit";

// The merchant's database. The bank sandbox has its own: drizzle.sandbox.config.ts.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/shop/schema.ts",
  out: "./db/shop/migrations",
  dbCredentials: { url: process.env.DATABASE_PATH ?? "data/shop.db" },
});
