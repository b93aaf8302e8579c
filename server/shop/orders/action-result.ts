import "server-only";
import type { BankApiError } from "../bank/errors";
import { merchantMessage } from "../bank/messages";
import type { EngineDeps } from "./deps";
import { getOrder, type OrderRow } from "./order-store";
import type { RefusalCode } from "./rules";
import { OrderNotFoundError } from "./order-not-found";
import { refreshOrder } from "./refresh";

/** What a merchant action comes to: a result to show, never an exception for a refusal. */
export type ActionResult =
  | { ok: true; order: OrderRow; message: string }
  | {
      ok: false;
      order: OrderRow;
      code: RefusalCode | "bank_refused" | "bank_unreachable" | "outcome_unknown";
      message: string;
      /** The bank's failure behind the message, for whoever says it in another language (merchantMessage). */
      bankError?: BankApiError;
    };

function loadOrder(deps: EngineDeps, orderId: string): OrderRow {
  const order = getOrder(deps.db, orderId);
  if (!order) throw new OrderNotFoundError(orderId);
  return order;
}

export type Refused = Extract<ActionResult, { ok: false }>;

/** Re-reads the order before an action; an unreachable bank stops the action. */
export async function freshOrder(deps: EngineDeps, orderId: string): Promise<{ ok: true; order: OrderRow } | Refused> {
  loadOrder(deps, orderId);
  const result = await refreshOrder(deps, orderId, "merchant_action");
  if (result.error) return { ok: false, order: result.order, code: "bank_unreachable", message: `The bank could not be read first: ${merchantMessage(result.error)}`, bankError: result.error };
  return { ok: true, order: result.order };
}
