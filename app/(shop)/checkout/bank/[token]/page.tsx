import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { bankJourney } from "@/server/shop/checkout/shopper-orders";
import { getI18n } from "@/server/shop/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.bankPage.title, robots: { index: false }, referrer: "no-referrer" };
}

/**
 * The bank answered with an HTML page (redirect.type = "page"). It is shown
 * in a sandboxed iframe without allow-same-origin: the bank's page runs in an
 * opaque origin, so it can't read the shop's cookies, storage or DOM even
 * though it is served from the shop's host. See ARCHITECTURE.md,
 * "Rendering the bank's HTML page".
 */
export default async function BankPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ t }, journey] = await Promise.all([getI18n(), bankJourney(token)]);
  if (!journey) notFound();
  if (journey.type === "url") redirect(journey.url);
  if (journey.type === "done") redirect(`/checkout/return/${token}`);
  return (
    <>
      <h1>{t.bankPage.title}</h1>
      <p className="muted">{t.bankPage.intro}</p>
      <iframe
        className="bank-frame"
        src={`/checkout/bank/${token}/frame`}
        title={t.bankPage.frameTitle}
        sandbox="allow-forms allow-scripts allow-top-navigation-by-user-activation allow-popups"
        referrerPolicy="no-referrer"
      />
      <p>
        <Link href="/cart">{t.bankPage.backToCart}</Link>
      </p>
    </>
  );
}
