import { env, EnvError } from "./env";
import { startOrderReconciler } from "./shop/orders/background";
import { startSandboxScheduler } from "./sandbox/scheduler/scheduler";
import { startWebhooks } from "./sandbox/webhooks/listeners";

/**
 * Start-up checks and background work of the server process. A bad
 * environment stops start-up here, with a message naming the variable,
 * rather than failing on the first request.
 */
export async function onServerStart(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  startSandboxScheduler();
  startWebhooks();
  startOrderReconciler();
}
