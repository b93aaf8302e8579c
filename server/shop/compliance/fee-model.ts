import type { FeeModel } from "@/server/env";

/** What the last two letters of a solution code say about who pays (SCFRSP-3XTS: total subsidy by the merchant). */
const BY_SUFFIX: Readonly<Record<string, FeeModel>> = { TS: "merchant", PS: "shared", NO: "buyer", CO: "commission" };

/**
 * Who pays a solution's financing costs under the merchant's contract: the
 * configured override first (for a code that does not say it), else the
 * code's own suffix; null when neither says it.
 */
export function feeModel(solutionCode: string, overrides: Readonly<Record<string, FeeModel>>): FeeModel | null {
  const override = overrides[solutionCode];
  if (override) return override;
  const suffix = /^\w{6}-\w{2}(\w{2})$/.exec(solutionCode)?.[1];
  return (suffix && BY_SUFFIX[suffix]) || null;
}
