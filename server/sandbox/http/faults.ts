/**
 * Fault injection per merchant: what a flaky bank does to a client. A call
 * of the merchant's (optionally only some operations) may be delayed, refused
 * with 500/503/429, or processed and then cut off ("drop": the subscription
 * exists but the answer never arrives). A script lists the outcomes of the
 * next calls one by one; once it is used up the standing `outcome` applies.
 */
import { z } from "zod";
import { E_FINANCING_OPERATION_IDS } from "./contract-operations";

export const TOKEN_OPERATION_ID = "requestAccessToken";
export const FAULT_OPERATIONS = [...E_FINANCING_OPERATION_IDS, TOKEN_OPERATION_ID] as const;
export type FaultOperation = (typeof FAULT_OPERATIONS)[number];

export const OUTCOMES = ["ok", "500", "503", "429", "drop"] as const;
export type FaultOutcome = (typeof OUTCOMES)[number];

const operation = z.enum(FAULT_OPERATIONS);
const latencyMs = z.number().int().min(0).max(120_000);

const scriptStep = z.union([
  z.enum(OUTCOMES).transform((outcome): { outcome: FaultOutcome; operation?: FaultOperation; latencyMs?: number } => ({ outcome })),
  z.object({ outcome: z.enum(OUTCOMES), operation: operation.optional(), latencyMs: latencyMs.optional() }).strict(),
]);

export const faultsInput = z
  .object({
    /** Added before every affected call. */
    latencyMs: latencyMs.default(0),
    /** What every affected call gets once the script is used up. */
    outcome: z.enum(OUTCOMES).default("ok"),
    /** Retry-After of the 429 and 503 answers. */
    retryAfterSeconds: z.number().int().min(1).max(3600).default(30),
    /** Only these operations are affected; all seven e-financing operations when absent (add "requestAccessToken" for the token endpoint). */
    operations: z.array(operation).min(1).optional(),
    /** Outcomes of the next affected calls, in order; a step with `operation` waits for a call of that operation. */
    script: z.array(scriptStep).max(1000).default([]),
  })
  .strict();

export type FaultsConfig = z.output<typeof faultsInput>;
export type ScriptStep = FaultsConfig["script"][number];

export interface FaultDecision {
  readonly outcome: FaultOutcome;
  readonly latencyMs: number;
  readonly retryAfterSeconds: number;
}

function affects(config: FaultsConfig, op: FaultOperation): boolean {
  if (config.operations) return config.operations.includes(op);
  return op !== TOKEN_OPERATION_ID;
}

/**
 * The fault for one call of `op`, and the config left after it (the script
 * step it used removed). Pure: the caller stores `next` atomically.
 */
export function decideFault(config: FaultsConfig | null, op: FaultOperation): { decision: FaultDecision | null; next: FaultsConfig | null } {
  if (!config || !affects(config, op)) return { decision: null, next: config };
  const index = config.script.findIndex((step) => step.operation === undefined || step.operation === op);
  if (index >= 0) {
    const step = config.script[index]!;
    const script = config.script.filter((_, i) => i !== index);
    return {
      decision: { outcome: step.outcome, latencyMs: step.latencyMs ?? config.latencyMs, retryAfterSeconds: config.retryAfterSeconds },
      next: { ...config, script },
    };
  }
  if (config.outcome === "ok" && config.latencyMs === 0) return { decision: null, next: config };
  return { decision: { outcome: config.outcome, latencyMs: config.latencyMs, retryAfterSeconds: config.retryAfterSeconds }, next: config };
}

/** Reads a stored config back (null when none or unreadable). */
export function parseStoredFaults(stored: unknown): FaultsConfig | null {
  if (stored === null || stored === undefined) return null;
  const parsed = faultsInput.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
