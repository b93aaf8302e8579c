"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CHECKOUT_DRAFT_KEY } from "@/server/shop/checkout/form-fields";
import { keepsCart, type OrderView, type ShopperOutcome } from "@/server/shop/checkout/order-view";
import { useI18n } from "@/app/_client/i18n";
import { useTRPC } from "@/app/_client/trpc";

/** How often, and how many times, the return page asks again while the bank has not decided. */
const POLL_MS = 1500;
const MAX_POLLS = 8;

const tone: Record<ShopperOutcome, "ok" | "warn" | "error" | "neutral"> = {
  accepted: "ok",
  pre_accepted: "warn",
  pending: "neutral",
  rejected: "error",
  aborted: "warn",
  cancelled: "neutral",
  failed: "error",
};

/**
 * The outcome of the shopper's financing, as the server read it from the
 * bank. While the bank has not decided (INITIALIZED), the page asks the server
 * again a few times, then says it will update later.
 */
export function OrderOutcome({ initial, headingLevel = 1 }: { initial: OrderView; headingLevel?: 1 | 2 }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  // Counted from the query's own bookkeeping, so re-renders can't skew it.
  const pollsLeft = (state: { dataUpdateCount: number; errorUpdateCount: number }) => MAX_POLLS - state.dataUpdateCount - state.errorUpdateCount;
  const queryClient = useQueryClient();
  const options = trpc.shop.order.queryOptions(
    { token: initial.token },
    {
      initialData: initial,
      // The server's first read is fresh; poll from there.
      staleTime: POLL_MS,
      refetchOnWindowFocus: false,
      refetchInterval: (q) => (q.state.data?.outcome === "pending" && pollsLeft(q.state) > 0 ? POLL_MS : false),
    },
  );
  const { data } = useQuery(options);
  const view = data ?? initial;
  const state = queryClient.getQueryState(options.queryKey);
  const stillPolling = view.outcome === "pending" && state !== undefined && pollsLeft(state) > 0;
  const Heading = headingLevel === 1 ? "h1" : "h2";

  // Financed: the server has emptied the cart; re-render the header's cart count
  // (the layout may have been rendered before the page settled the cart).
  const router = useRouter();
  const settled = !keepsCart(view.outcome);
  useEffect(() => {
    if (!settled) return;
    // The checkout's draft (contact, addresses) is kept for a retry after a refusal or an abort, not after a financing.
    sessionStorage.removeItem(CHECKOUT_DRAFT_KEY);
    router.refresh();
  }, [settled, router]);

  let heading: string;
  let body: string;
  let next: string | undefined;
  let actions: { href: string; label: string }[] = [];
  switch (view.outcome) {
    case "accepted":
      ({ heading, body } = t.result.accepted);
      // Once the merchant has shipped, "we are preparing your parcel" would contradict the order's own facts.
      next = view.shipping === "delivered" ? t.result.accepted.nextDelivered : t.result.accepted.next;
      actions = [{ href: "/", label: t.result.backToShop }];
      break;
    case "pre_accepted":
      ({ heading, body, next } = t.result.preAccepted);
      actions = [{ href: "/", label: t.result.backToShop }];
      break;
    case "rejected":
      ({ heading, body, next } = t.result.rejected);
      actions = [
        { href: "/checkout", label: t.result.rejected.action },
        { href: "/cart", label: t.result.viewCart },
      ];
      break;
    case "aborted":
    case "failed":
      ({ heading, body } = t.result.aborted);
      actions = [
        { href: "/checkout", label: t.result.aborted.action },
        { href: "/cart", label: t.result.viewCart },
      ];
      break;
    case "cancelled":
      ({ heading, body } = t.result.cancelled);
      actions = [{ href: "/", label: t.result.backToShop }];
      break;
    case "pending":
      ({ heading, body } = t.result.pending);
      break;
  }

  return (
    <section className={`result-card tone-${tone[view.outcome]}`} data-outcome={view.outcome} aria-live="polite">
      <p className="muted">{t.result.orderNumber(view.reference)}</p>
      <Heading>{heading}</Heading>
      {stillPolling && (
        <p role="status">
          <span className="spinner" aria-hidden="true" />
          {t.result.checking}
        </p>
      )}
      <p>{body}</p>
      {next && <p>{next}</p>}
      {actions.length > 0 && (
        <div className="actions">
          {actions.map((a, i) => (
            <Link key={a.href} href={a.href} className={i === 0 ? "button" : "button button-secondary"}>
              {a.label}
            </Link>
          ))}
        </div>
      )}
    </section>
  );
}
