import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { shopperOrder } from "@/server/shop/checkout/shopper-orders";
import { getI18n } from "@/server/shop/i18n/server";
import { OrderOutcome } from "../../../_components/order-outcome";
import { OrderSummary } from "../../../_components/order-summary";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.result.title, robots: { index: false }, referrer: "no-referrer" };
}

/**
 * The bank's `merchantUrls.confirmation`. Only the token in the path is used,
 * to find the order; the outcome is re-read from the bank by the server. The
 * query string (which anyone can edit) is never read.
 */
export default async function ReturnPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, view] = await Promise.all([getI18n(), shopperOrder(token, "return")]);
  if (!view) notFound();
  return (
    <div className="result">
      <OrderOutcome initial={view} />
      <p>
        <Link href={`/orders/${view.token}`}>{t.result.followOrder}</Link>
      </p>
      <OrderSummary view={view} />
    </div>
  );
}
