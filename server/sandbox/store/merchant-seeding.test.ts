import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { describe, expect, it } from "vitest";
import { DEMO_MERCHANT, SMALL_MERCHANT } from "@/server/sandbox/domain/merchants-seed";
import { openSqlite } from "@/db/sqlite";
import { merchants } from "@/db/sandbox/schema";
import { seedSandbox } from "./merchant-seeding";

function freshDb() {
  const db = drizzle(openSqlite(":memory:"));
  migrate(db, { migrationsFolder: "db/sandbox/migrations" });
  return db;
}

const settingsOf = (db: ReturnType<typeof freshDb>, id: string) => db.select().from(merchants).where(eq(merchants.id, id)).get()?.settings;

describe("seedSandbox", () => {
  it("gives the demo merchant the environment's API version, again at every run, keeping its other settings", () => {
    const db = freshDb();
    seedSandbox(db, { demoApiVersion: "1.7.1" });
    expect(settingsOf(db, DEMO_MERCHANT.id)).toEqual({ apiVersion: "1.7.1" });
    db.update(merchants).set({ settings: { apiVersion: "1.7.1", autoAcceptDelay: "PT1M" } }).where(eq(merchants.id, DEMO_MERCHANT.id)).run();
    seedSandbox(db, { demoApiVersion: "1.4.0" });
    expect(settingsOf(db, DEMO_MERCHANT.id)).toEqual({ apiVersion: "1.4.0", autoAcceptDelay: "PT1M" });
    expect(settingsOf(db, SMALL_MERCHANT.id)).toEqual({});
  });

  it("leaves settings alone without a version", () => {
    const db = freshDb();
    seedSandbox(db);
    db.update(merchants).set({ settings: { fundingDelay: "P3D" } }).where(eq(merchants.id, DEMO_MERCHANT.id)).run();
    seedSandbox(db);
    expect(settingsOf(db, DEMO_MERCHANT.id)).toEqual({ fundingDelay: "P3D" });
  });
});
