import type { AdminMessages } from "../i18n/admin-messages";
import type { AcceptanceCase } from "./acceptance-cases";

/** What is left for an acceptance case, in the given words (the acceptance module says it by code); null once passed. */
export function todoText(c: AcceptanceCase, t: AdminMessages, dateTime: (ms: number) => string): string | null {
  if (c.passed || !c.todo) return null;
  const ref = c.evidence?.reference ?? "";
  const goal = t.goLive.goals[c.kind] ?? c.kind;
  switch (c.todo.code) {
    case "place_order":
      return t.goLive.todos.placeOrder(c.solutionCode, t.goLive.environments[c.environment] ?? c.environment, goal);
    case "await_bank":
      return t.goLive.todos.awaitBank(ref);
    case "cancel_order":
      return t.goLive.todos.cancelOrder(ref, c.todo.notBefore !== null ? dateTime(c.todo.notBefore) : null);
    case "cancelled_too_soon":
      return t.goLive.todos.cancelledTooSoon(ref, goal);
  }
}
