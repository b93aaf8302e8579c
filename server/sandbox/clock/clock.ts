import "server-only";
import { eq, sql } from "drizzle-orm";
import { sandboxDb, type SandboxDb, type SandboxQueryable } from "@/db/sandbox/client";
import { merchants } from "@/db/sandbox/schema";

/**
 * Each merchant lives on its own virtual clock: real time plus an offset that
 * only moves forward (POST .../clock). Every business date of the bank
 * (registration, acceptance, expiry, due work) is read from it; token expiry
 * and rate limits stay on real time.
 */
export class UnknownMerchantError extends Error {}

function offsetOf(db: SandboxQueryable, merchantId: string): number {
  const row = db.select({ offset: merchants.clockOffsetMs }).from(merchants).where(eq(merchants.id, merchantId)).get();
  if (!row) throw new UnknownMerchantError(`unknown merchant ${merchantId}`);
  return row.offset;
}

/** The merchant's current virtual time, epoch milliseconds. */
export function now(merchantId: string, db: SandboxQueryable = sandboxDb()): number {
  return Date.now() + offsetOf(db, merchantId);
}

export interface ClockReading {
  readonly now: number;
  readonly offsetMs: number;
}

export function readClock(merchantId: string, db: SandboxDb = sandboxDb()): ClockReading {
  const offsetMs = offsetOf(db, merchantId);
  return { now: Date.now() + offsetMs, offsetMs };
}

/** Moves the merchant's clock forward; callers run the due work after it (scheduler.advanceClock does both). */
export function advance(merchantId: string, byMs: number, db: SandboxDb = sandboxDb()): ClockReading {
  if (!Number.isFinite(byMs) || byMs < 0) throw new RangeError(`the clock only moves forward: ${byMs} ms`);
  offsetOf(db, merchantId);
  db.update(merchants)
    .set({ clockOffsetMs: sql`${merchants.clockOffsetMs} + ${Math.round(byMs)}` })
    .where(eq(merchants.id, merchantId))
    .run();
  return readClock(merchantId, db);
}

/** Back to real time (merchant reset). */
export function resetClock(merchantId: string, db: SandboxDb = sandboxDb()): void {
  db.update(merchants).set({ clockOffsetMs: 0 }).where(eq(merchants.id, merchantId)).run();
}
