import { defineConfig } from "drizzle-kit";

// The bank sandbox's own database: the bank and the merchant never share tables.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/sandbox/schema*.ts",
  out: "./db/sandbox/migrations",
  dbCredentials: { url: process.env.SANDBOX_DATABASE_PATH ?? "data/sandbox.db" },
});
