import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { shopperOrder } from "@/server/shop/checkout/shopper-orders";
import { getI18n } from "@/server/shop/i18n/server";
import { OrderOutcome } from "../../_components/order-outcome";
import { OrderSummary } from "../../_components/order-summary";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { token }] = await Promise.all([getI18n(), params]);
  const view = await shopperOrder(token, "none");
  return { title: view ? t.order.title(view.reference) : t.result.notFound, robots: { index: false }, referrer: "no-referrer" };
}

/** The shopper's order page: the link from the return page, usable later (the token is the only key). */
export default async function OrderPage({ params }: Props) {
  const { token } = await params;
  const [{ t }, view] = await Promise.all([getI18n(), shopperOrder(token, "poll")]);
  if (!view) notFound();
  return (
    <div className="result">
      <h1>{t.order.title(view.reference)}</h1>
      <OrderOutcome initial={view} headingLevel={2} />
      <OrderSummary view={view} showState />
    </div>
  );
}
