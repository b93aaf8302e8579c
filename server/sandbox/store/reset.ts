import "server-only";
import { sandboxDb, type SandboxDb } from "@/db/sandbox/client";
import { resetClock } from "../clock/clock";
import { emitMerchantReset } from "./state-events";
import { updateMerchantFaults } from "./merchants";
import { deleteMerchantSubscriptions } from "./subscription-writes";

/**
 * A merchant's sandbox back to a clean state: no subscriptions (history and
 * due work go with them), the clock on real time, no fault injection. Its
 * credentials, contract and delay settings stay.
 */
export function resetMerchant(merchantId: string, db: SandboxDb = sandboxDb()): { deletedSubscriptions: number } {
  const deletedSubscriptions = db.transaction((tx) => {
    const tdb = tx as unknown as SandboxDb;
    const deleted = deleteMerchantSubscriptions(merchantId, tdb);
    resetClock(merchantId, tdb);
    updateMerchantFaults(merchantId, null, tdb);
    return deleted;
  });
  emitMerchantReset({ merchantId });
  return { deletedSubscriptions };
}
