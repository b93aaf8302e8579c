import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { shopDb } from "@/db/shop/client";
import { euroAmountSchema } from "../../admin/euro-amount";
import { orderActions } from "../../admin/order-actions";
import { orderSearchTerm } from "../../admin/order-search";
import type { BankApiError } from "../../bank/errors";
import type { SubscriptionDetail } from "../../bank/subscription-snapshot";
import { merchantMessage } from "../../bank/messages";
import { engineDeps } from "../../orders/default-deps";
import { cancelOrder, confirmDelivery, confirmReturn, DELIVERY_OPERATORS, refreshOrderFromBank, type ActionResult } from "../../orders/merchant-actions";
import { OrderNotFoundError } from "../../orders/order-not-found";
import { fetchBankSubscription, getOrderDetail, listOrders } from "../../orders/queries";
import { ORDER_STATES } from "@/db/shop/schema";
import { CONSOLIDATED_STATUSES } from "../../bank/vocabulary";
import { adminMessagesFor } from "../../i18n/admin-messages";
import { adminPreference } from "../../i18n/admin-server";
import type { Locale } from "../../i18n/locales";
import { adminProcedure, createTRPCRouter } from "../init";

const orderId = z.uuid();

const listInput = z.object({
  state: z.enum(ORDER_STATES).optional(),
  bankStatus: z.enum(CONSOLIDATED_STATUSES).optional(),
  search: z.string().trim().max(100).optional(),
  onHoldOnly: z.boolean().optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});

const confirmDeliveryInput = z.object({
  id: orderId,
  trackingNumber: z.string().trim().min(1, "Enter the tracking number.").max(100, "A tracking number has at most 100 characters."),
  operator: z.enum(DELIVERY_OPERATORS, "Choose the carrier."),
});

const cancelInput = z.object({
  id: orderId,
  /** Decimal euros as typed; read into cents here, never through a float. */
  amount: euroAmountSchema,
  reason: z.string().trim().min(1, "Say why the financing is cancelled.").max(200),
  item: z.string().trim().max(200).optional(),
  contact: z.object({
    firstName: z.string().trim().min(1, "Enter the contact's first name.").max(50),
    lastName: z.string().trim().min(1, "Enter the contact's last name.").max(50),
    email: z.email("Enter a valid email address.").max(200),
    phoneNumber: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{5,28}$/, "Enter a phone number (digits, spaces, + ( ) . -)."),
  }),
});

/** A bank failure said in the language of the admin making this request. */
async function bankSentence(error: BankApiError): Promise<{ message: string; lang: Locale }> {
  const lang = await adminPreference();
  return { message: merchantMessage(error, adminMessagesFor(lang).bankErrors), lang };
}

/**
 * What the page shows after an action: the message (the bank's failure in
 * the admin's language, else the engine's own English sentence), and where
 * the order now stands, with the amount of a cancellation the lender has yet
 * to decide.
 */
async function actionOutcome(result: ActionResult) {
  const { order } = result;
  const said = !result.ok && result.bankError ? await bankSentence(result.bankError) : { message: result.message, lang: "en" };
  return {
    ok: result.ok,
    code: result.ok ? null : result.code,
    message: said.message,
    messageLang: said.lang,
    state: order.state,
    // The label in English, as the action's own message (the pages show the admin's language from the state).
    stateLabel: adminMessagesFor("en").states[order.state].label,
    bankStatus: order.bankStatus,
    financedCents: order.financedCents,
    bankFinancedCents: order.bankFinancedCents,
    cancellationRequestedCents: order.cancellationRequestedCents,
  };
}

/** The engine's "no such order" as the API's NOT_FOUND. */
async function onOrder<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof OrderNotFoundError) throw new TRPCError({ code: "NOT_FOUND", message: error.message });
    throw error;
  }
}

export const adminOrdersRouter = createTRPCRouter({
  list: adminProcedure.input(listInput).query(({ input }) => {
    const result = listOrders(shopDb(), {
      state: input.state,
      bankStatus: input.bankStatus,
      onHold: input.onHoldOnly ? true : undefined,
      search: input.search ? orderSearchTerm(input.search) : undefined,
      page: input.page,
      pageSize: input.pageSize,
    });
    return { ...result, page: input.page, pageSize: input.pageSize, now: Date.now() };
  }),

  /** Everything the shop knows about an order, and what the rules let the merchant do with it now. */
  detail: adminProcedure.input(z.object({ id: orderId })).query(({ input }) => {
    const detail = getOrderDetail(shopDb(), input.id);
    if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: `No order ${input.id}.` });
    const now = Date.now();
    return { ...detail, reference: detail.order.reference, actions: orderActions(detail.order, now, engineDeps().apiVersion), now };
  }),

  /** GET /subscriptions/{id} as the bank answers it now; applying it to the order is what `refresh` does. */
  bankSubscription: adminProcedure.input(z.object({ id: orderId })).query(({ input }) =>
    onOrder(async () => {
      const { subscription, error } = await fetchBankSubscription(engineDeps(), input.id);
      const { answer, ...reading } = subscription ?? { answer: null };
      return {
        readAt: Date.now(),
        /** The bank's answer as it came, which the page shows whole and never computes with. */
        subscription: answer,
        /** The same answer in the shop's types and cents: what the page shows and compares. */
        reading: subscription ? (reading as Omit<SubscriptionDetail, "answer">) : null,
        error: error ? { httpStatus: error.httpStatus, errorCode: error.errorCode ?? null, message: (await bankSentence(error)).message } : null,
      };
    }),
  ),

  refresh: adminProcedure
    .input(z.object({ id: orderId }))
    .mutation(({ input }) => onOrder(async () => actionOutcome(await refreshOrderFromBank(engineDeps(), input.id)))),

  confirmDelivery: adminProcedure
    .input(confirmDeliveryInput)
    .mutation(({ input: { id, ...delivery } }) => onOrder(async () => actionOutcome(await confirmDelivery(engineDeps(), id, delivery)))),

  confirmReturn: adminProcedure
    .input(z.object({ id: orderId }))
    .mutation(({ input }) => onOrder(async () => actionOutcome(await confirmReturn(engineDeps(), input.id)))),

  cancel: adminProcedure.input(cancelInput).mutation(({ input: { id, amount, reason, item, contact } }) =>
    onOrder(async () => actionOutcome(await cancelOrder(engineDeps(), id, { amountCents: amount, reason, item: item || undefined, contact }))),
  ),
});
