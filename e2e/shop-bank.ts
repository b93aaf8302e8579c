import { parseEnv } from "../server/env";
import type { FaultOperation, FaultsInput, SettingsInput } from "../server/sandbox/console/controls-client";
import { testControls } from "../tests/support/bank-fixtures";

const env = parseEnv({});

/**
 * The shop's own merchant at the bank (SCALEXPERT_CLIENT_ID), through the sandbox's controls: what the lender or
 * the buyer does there (the console's "force" button), its virtual clock and its fault injection.
 */
export function shopBank(baseURL: string) {
  const controls = testControls(baseURL);
  const merchant = async () => {
    const found = (await controls.merchants()).find((m) => m.clientId === env.SCALEXPERT_CLIENT_ID);
    if (!found) throw new Error("the shop's merchant is not in the sandbox");
    return found;
  };
  const advanceClock = async (by: string) => {
    await controls.advanceClock((await merchant()).merchantId, by);
  };
  return {
    force: async (subscriptionId: string, action: string) => controls.force((await merchant()).merchantId, subscriptionId, action),
    /** Moves the virtual clock by an ISO 8601 duration (e.g. P1D), running what falls due. */
    advanceClock,
    /** Moves the virtual clock past one of the merchant's delays (a key of its settings). */
    advanceClockBy: async (delay: "fundingDelay" | "autoAcceptDelay") => advanceClock((await merchant()).settings[delay]),
    /**
     * The bank refuses the next call of `operation` with a 429 whose Retry-After is too long for the shop to
     * wait: a refusal the back office must explain. Undone by clearFaults, whatever the test's outcome.
     */
    refuseNextCall: async (operation: FaultOperation) => {
      await controls.setFaults((await merchant()).merchantId, { operations: [operation], retryAfterSeconds: 60, script: [{ outcome: "429", operation }] });
    },
    clearFaults: async () => {
      await controls.clearFaults((await merchant()).merchantId);
    },
    /** Replaces the merchant's fault injection (null: none), e.g. eligibility answering 500. */
    setFaults: async (faults: FaultsInput | null) => {
      const { merchantId } = await merchant();
      await (faults ? controls.setFaults(merchantId, faults) : controls.clearFaults(merchantId));
    },
    /**
     * Changes some of the merchant's settings, e.g. `{ germanRedirect: "page" }` for the bank's HTML page instead
     * of its URL; answers the settings before the change, to put back afterwards.
     */
    setSettings: async (settings: SettingsInput): Promise<SettingsInput> => {
      const { merchantId, settings: before } = await merchant();
      await controls.setSettings(merchantId, settings);
      return Object.fromEntries(Object.keys(settings).map((key) => [key, before[key as keyof typeof before]]));
    },
  };
}

export type ShopBank = ReturnType<typeof shopBank>;
