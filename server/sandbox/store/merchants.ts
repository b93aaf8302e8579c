import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { merchants } from "@/db/sandbox/schema";
import { digest, matchesDigest, randomSecret } from "./secrets";

export type MerchantRow = typeof merchants.$inferSelect;

export interface Merchant {
  readonly id: string;
  readonly name: string;
  readonly clientId: string;
  readonly solutionCodes: readonly string[];
  readonly seeded: boolean;
  readonly clockOffsetMs: number;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly faults: Readonly<Record<string, unknown>> | null;
}

function toMerchant(row: MerchantRow): Merchant {
  return {
    id: row.id,
    name: row.name,
    clientId: row.clientId,
    solutionCodes: row.solutionCodes,
    seeded: row.seeded,
    clockOffsetMs: row.clockOffsetMs,
    settings: row.settings,
    faults: row.faults ?? null,
  };
}

export function getMerchant(id: string, db: SandboxDb = sandboxDb()): Merchant | undefined {
  const row = db.select().from(merchants).where(eq(merchants.id, id)).get();
  return row && toMerchant(row);
}

export function listMerchants(db: SandboxDb = sandboxDb()): Merchant[] {
  return db.select().from(merchants).orderBy(asc(merchants.createdAt), asc(merchants.name)).all().map(toMerchant);
}

/** The merchant whose client id and secret these are, or undefined. */
export function authenticateClient(clientId: string, clientSecret: string, db: SandboxDb = sandboxDb()): Merchant | undefined {
  const row = db.select().from(merchants).where(eq(merchants.clientId, clientId)).get();
  return row && matchesDigest(clientSecret, row.clientSecretHash) ? toMerchant(row) : undefined;
}

export interface NewMerchant {
  readonly name: string;
  readonly solutionCodes: readonly string[];
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface CreatedMerchant {
  readonly merchant: Merchant;
  /** Shown once: only its digest is stored. */
  readonly clientSecret: string;
}

/** A test merchant with fresh credentials (controls: POST /merchants). */
export function createMerchant(input: NewMerchant, db: SandboxDb = sandboxDb()): CreatedMerchant {
  const clientSecret = randomSecret();
  const row = db
    .insert(merchants)
    .values({
      id: randomUUID(),
      name: input.name,
      clientId: randomUUID(),
      clientSecretHash: digest(clientSecret),
      solutionCodes: [...input.solutionCodes],
      settings: { ...input.settings },
      seeded: false,
    })
    .returning()
    .get();
  return { merchant: toMerchant(row), clientSecret };
}

export function updateMerchantSettings(id: string, settings: Record<string, unknown>, db: SandboxDb = sandboxDb()): void {
  db.update(merchants).set({ settings }).where(eq(merchants.id, id)).run();
}

export function updateMerchantFaults(id: string, faults: Record<string, unknown> | null, db: SandboxDb = sandboxDb()): void {
  db.update(merchants).set({ faults }).where(eq(merchants.id, id)).run();
}
