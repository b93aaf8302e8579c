import type { Formatters } from "@/server/shop/i18n/format";
import type { Messages } from "@/server/shop/i18n/messages";

/** A split payment's instalments, for an offer (client) or an order (server): no hook, the caller's words. */
export function ScheduleList({ installments, t, fmt, testId }: { installments: readonly { number: number; amountCents: number }[]; t: Messages; fmt: Formatters; testId?: string }) {
  return (
    <ol className="schedule" data-testid={testId}>
      {installments.map((i) => (
        <li key={i.number}>
          <span>{t.offers.installment(i.number)}</span>
          <span>{fmt.money(i.amountCents)}</span>
        </li>
      ))}
    </ol>
  );
}
