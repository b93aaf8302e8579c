import "server-only";
import { env } from "@/server/env";
import { engineDeps } from "./default-deps";
import { startReconciler } from "./reconciler";

/** The app's reconciler, every RECONCILE_INTERVAL_SECONDS (0: off). Called once from server/startup.ts. */
export function startOrderReconciler(): { stop(): void } {
  return startReconciler(engineDeps, env().RECONCILE_INTERVAL_SECONDS);
}
