"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DEFAULT_SETTINGS } from "@/server/sandbox/planning/settings";
import { ControlError, controls } from "@/server/sandbox/console/controls-client";
import { CONSOLE_COOKIE, consoleLogin, isValidSession, newSessionValue, SESSION_SECONDS } from "@/server/sandbox/console/session";
import { consoleClientAddress } from "@/server/sandbox/store/console-throttle";

/**
 * The console's forms. Each checks the console session, then calls the
 * sandbox's HTTP controls (never the store) and comes back to the console
 * with a one-line outcome.
 */
const CONSOLE = "/sandbox";

function back(place: Place, message: string, kind: "ok" | "error"): never {
  const params = new URLSearchParams();
  if (place.m) params.set("m", place.m);
  if (place.s) params.set("s", place.s);
  if (place.e) params.set("e", place.e);
  params.set("msg", message.slice(0, 300));
  params.set("kind", kind);
  redirect(`${CONSOLE}?${params}`);
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

interface Place {
  m: string;
  s?: string;
  e?: string;
}

function placeOf(form: FormData): Place {
  return { m: text(form, "m"), s: text(form, "s") || undefined, e: text(form, "e") || undefined };
}

const UUID = z.string().uuid();

/** Checks the session, runs one control call, and comes back to the console with its outcome. */
async function run(form: FormData, work: (place: Place) => Promise<string>): Promise<never> {
  if (!isValidSession((await cookies()).get(CONSOLE_COOKIE)?.value)) redirect(CONSOLE);
  const place = placeOf(form);
  let message: string;
  try {
    UUID.parse(place.m);
    message = await work(place);
  } catch (error) {
    if (error instanceof z.ZodError) back(place, error.issues[0]?.message ?? "Invalid input.", "error");
    if (error instanceof ControlError) back(place, error.message, "error");
    throw error;
  }
  back(place, message, "ok");
}

export async function login(form: FormData): Promise<void> {
  // Throttled per address and for the console as a whole, with growing delays (session.ts).
  const attempt = await consoleLogin(text(form, "password"), consoleClientAddress((await headers()).get("x-forwarded-for")));
  if (!attempt.ok) {
    const message = attempt.retryAfterSeconds === null ? "Wrong console password." : `Too many attempts. Try again in ${attempt.retryAfterSeconds} seconds.`;
    redirect(`${CONSOLE}?kind=error&msg=${encodeURIComponent(message)}`);
  }
  (await cookies()).set(CONSOLE_COOKIE, newSessionValue(), {
    httpOnly: true,
    sameSite: "strict",
    path: CONSOLE,
    maxAge: SESSION_SECONDS,
    secure: process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https:"),
  });
  redirect(CONSOLE);
}

export async function logout(): Promise<void> {
  (await cookies()).delete({ name: CONSOLE_COOKIE, path: CONSOLE });
  redirect(CONSOLE);
}

export async function forceTransition(form: FormData): Promise<void> {
  await run(form, async ({ m, s }) => {
    const action = text(form, "action");
    const sub = await controls.force(m, UUID.parse(s), action);
    return `${action}: now ${sub.status} / ${sub.subStatus}`;
  });
}

export async function advanceClock(form: FormData): Promise<void> {
  await run(form, async ({ m }) => {
    const advanceBy = text(form, "custom") || text(form, "advanceBy");
    const result = await controls.advanceClock(m, advanceBy);
    const done = result.done.map((d) => `${d.action} (${d.result})`).join(", ");
    return `Clock advanced by ${advanceBy}: now ${result.now}${done ? `; due work: ${done}` : "; no due work"}`;
  });
}

const OUTCOMES = ["ok", "500", "503", "429", "drop"] as const;

const faultsForm = z.object({
  outcome: z.enum(OUTCOMES),
  latencyMs: z.coerce.number().int().min(0).max(120_000),
  retryAfterSeconds: z.coerce.number().int().min(1).max(3600),
  script: z.array(z.enum(OUTCOMES, "script: each step is one of ok, 500, 503, 429, drop")).max(1000),
  operations: z.array(z.string()).min(1).optional(),
});

export async function setFaults(form: FormData): Promise<void> {
  await run(form, async ({ m }) => {
    const operations = form.getAll("operations").map(String);
    const faults = faultsForm.parse({
      outcome: text(form, "outcome"),
      latencyMs: text(form, "latencyMs") || 0,
      retryAfterSeconds: text(form, "retryAfterSeconds") || 30,
      script: text(form, "script").split(/[\s,]+/).filter(Boolean),
      operations: operations.length > 0 ? operations : undefined,
    });
    await controls.setFaults(m, faults);
    return "Fault injection saved.";
  });
}

export async function clearFaults(form: FormData): Promise<void> {
  await run(form, async ({ m }) => {
    await controls.clearFaults(m);
    return "Fault injection removed.";
  });
}

export async function saveSettings(form: FormData): Promise<void> {
  await run(form, async ({ m }) => {
    const settings = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).filter((n) => text(form, n)).map((n) => [n, text(form, n)]));
    await controls.setSettings(m, settings);
    return "Settings saved.";
  });
}

export async function resetMerchant(form: FormData): Promise<void> {
  await run(form, async ({ m }) => {
    if (form.get("confirm") !== "on") throw new ControlError(400, "Tick the confirmation box to reset this merchant.");
    const result = await controls.reset(m);
    return `Merchant reset: ${result.deletedSubscriptions} subscription(s) deleted, clock back to real time, no faults.`;
  });
}

export async function replayWebhook(form: FormData): Promise<void> {
  await run(form, async ({ m, e }) => {
    const { result } = await controls.replayWebhook(m, UUID.parse(e));
    return `Event replayed: ${result.status}${result.httpStatus !== null ? ` (HTTP ${result.httpStatus})` : ""}${result.error ? ` – ${result.error}` : ""}`;
  });
}
