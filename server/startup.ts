import { env, EnvError } from "./env";
import { startOrderReconciler } from "./shop/orders/background";

/**
 * Start-up checks and background work of the server process. A bad
 * environment (production mode included: demo secrets, http APP_URL) stops
 * start-up here, with one message naming every variable, rather than failing
 * on the first request.
 */
export async function onServerStart(): Promise<void> {
  // `next build` registers instrumentation too, to prerender: no server runs then, and
  // CI builds without the deployment's secrets (parseEnv skips the production refusals).
  const building = process.env.NEXT_PHASE === "phase-production-build";
  let mode: "demo" | "production";
  try {
    mode = env().APP_MODE;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (building) return;
  // In production the sandbox's code is not even loaded: no scheduler, no webhook dispatcher.
  if (mode === "demo") {
    const [{ startSandboxScheduler }, { startWebhooks }] = await Promise.all([import("./sandbox/scheduler/scheduler"), import("./sandbox/webhooks/listeners")]);
    startSandboxScheduler();
    startWebhooks();
  }
  startOrderReconciler();
}
