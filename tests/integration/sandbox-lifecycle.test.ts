import { describe, expect, it } from "vitest";
import {
  advance,
  call,
  control,
  createSubscription,
  force,
  inspect,
  testMerchant,
  type BankErrorBody,
  type GatewayError,
  type TestMerchant,
} from "./sandbox-support";

type Detail = { consolidatedStatus: string; consolidatedSubstatus: string; financedAmount: number; cancellationStatus?: string; cancellationAlreadyMade: boolean; implementationCode?: string };
type Page = { subscriptions: { creditSubscriptionId: string; isDelivered: boolean; consolidatedStatus: string; consolidatedSubstatus: string }[] };

const detail = (m: TestMerchant, id: string) => call<Detail>("retrieveCreditSubscription", { token: m.token, params: { creditSubscriptionId: id } });
const cancel = (m: TestMerchant, id: string, body: unknown) =>
  call<{ financedAmount: number; status: string } & BankErrorBody & GatewayError>("cancelCreditSubscription", {
    token: m.token,
    params: { creditSubscriptionId: id },
    body,
  });
const deliver = (m: TestMerchant, id: string, body: unknown = { isDelivered: true, trackingNumber: "1Z999AA10123456784", operator: "UPS" }) =>
  call<BankErrorBody & GatewayError>("doConfirmDelivery", { token: m.token, params: { creditSubscriptionId: id }, body });

const cancellation = (amount: number) => ({
  cancelledAmount: amount,
  cancelledItem: "Robot pâtissier",
  cancellationReason: "Returned by the buyer",
  cancellationContact: { lastName: "Dupont", firstName: "Paul", email: "paul.dupont@example.com", phoneNumber: "0612345678" },
});

describe("split payment after acceptance", () => {
  it("ignores delivery confirmation (204), allows one partial cancellation, then a full one", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "split cancellation");
    const { id } = await createSubscription(m, "SCFRSP-3XTS", 300);

    const early = await cancel(m, id, cancellation(300));
    expect(early.status).toBe(400);
    expect(early.body.errorCode).toBe("INVALID_STATUS");

    const accepted = await force(m, id, "pay");
    expect([accepted.status, accepted.subStatus]).toEqual(["ACCEPTED", "SUBSCRIPTION_APPROVED_BY_PRODUCER"]);
    expect((await detail(m, id)).body.implementationCode).toBe("3X");

    expect((await deliver(m, id)).status).toBe(204);
    expect((await inspect(m, id)).subStatus).toBe("SUBSCRIPTION_APPROVED_BY_PRODUCER");

    const tooMuch = await cancel(m, id, cancellation(300.01));
    expect(tooMuch.body).toMatchObject({
      errorCode: "REQUEST_VALIDATION_ERROR",
      errorMessage:
        "The cancelledAmount is greater than the financedAmount. You can only request cancellation with cancelledAmount equal or lower than the financedAmount.",
    });
    for (const amount of [-1, 0]) {
      expect((await cancel(m, id, cancellation(amount))).body).toMatchObject({
        errorCode: "REQUEST_VALIDATION_ERROR",
        errorMessage: "cancelledAmount should be strictly positive",
      });
    }
    const belowMinimum = await cancel(m, id, cancellation(200.01));
    expect(belowMinimum.body).toMatchObject({ errorCode: "REQUEST_VALIDATION_ERROR", errorMessage: "Final Amount is less than minimum authorized amount" });
    const noAmount = await cancel(m, id, { cancellationReason: "?" });
    expect(noAmount.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    const wrongType = await cancel(m, id, { cancelledAmount: "100" });
    expect(wrongType.status).toBe(422);

    const partial = await cancel(m, id, cancellation(100));
    expect(partial.status).toBe(200);
    expect(partial.body).toEqual({ financedAmount: 200, status: "ACCEPTED" });
    expect((await detail(m, id)).body).toMatchObject({
      consolidatedStatus: "ACCEPTED",
      financedAmount: 200,
      cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED",
      cancellationAlreadyMade: true,
    });

    const second = await cancel(m, id, cancellation(50));
    expect(second.status).toBe(400);
    // As the vendor's WooCommerce client reads it: the producer's JSON from the first "{" to the next "}".
    const message = second.body.errorMessage;
    expect(JSON.parse(message.slice(message.indexOf("{"), message.indexOf("}") + 1))).toMatchObject({ error: "error_forbidden_doublerequest" });

    const full = await cancel(m, id, cancellation(200));
    expect(full.body).toEqual({ financedAmount: 0, status: "ACCEPTED" });
    expect((await detail(m, id)).body).toMatchObject({ consolidatedStatus: "CANCELLED", cancellationStatus: "CANCELLATION_ACCEPTED", financedAmount: 0 });

    const again = await cancel(m, id, cancellation(1));
    expect(again.body).toMatchObject({ errorCode: "INVALID_STATUS", errorMessage: "The credit subscription is already cancelled." });
  });

  it("refuses cancellation 90 days after acceptance (virtual clock)", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "90 days");
    const { id } = await createSubscription(m, "SCFRSP-3XTS", 120);
    await force(m, id, "pay");
    await advance(m, "P90D");
    const within = await createSubscription(m, "SCFRSP-3XTS", 120);
    await force(m, within.id, "pay");
    await advance(m, "PT1S");
    const late = await cancel(m, id, cancellation(120));
    expect(late.status).toBe(400);
    expect(late.body.errorCode).toBe("CANCELLATION_PERIOD_EXPIRED");
    expect((await cancel(m, within.id, cancellation(120))).body.status).toBe("ACCEPTED");
  });
});

describe("long credit", () => {
  it("FR below 3,000 €: signed → accepted after the delay → delivery → funded after the delay", async () => {
    const m = await testMerchant(["SCFRLT-TXPS"], "credit happy path");
    const { id } = await createSubscription(m, "SCFRLT-TXPS", 1200);
    expect((await deliver(m, id)).body.errorCode).toBe("INVALID_STATUS");

    const signed = await force(m, id, "pre-accept", "sign");
    expect([signed.status, signed.subStatus]).toEqual(["PRE_ACCEPTED", "CONTRACT_SIGNED_BY_CUSTOMER"]);
    expect(signed.dueWork.filter((w) => w.state === "pending").map((w) => w.action)).toEqual(["producerAccept"]);
    expect((await detail(m, id)).body.consolidatedStatus).toBe("PRE_ACCEPTED");

    const { done } = await advance(m, "PT5M");
    expect(done).toEqual([expect.objectContaining({ subscriptionId: id, action: "producerAccept", result: "done" })]);
    expect((await inspect(m, id)).subStatus).toBe("WAITING_FOR_THE_DELIVERY_CONFIRMATION");
    expect((await detail(m, id)).body.consolidatedStatus).toBe("ACCEPTED");

    const tooLong = await deliver(m, id, { isDelivered: true, trackingNumber: "x".repeat(101), operator: "DHL" });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.message).toContain("$.trackingNumber: may only be 100 characters long");
    const badOperator = await deliver(m, id, { isDelivered: true, trackingNumber: "T1", operator: "PIGEON" });
    expect(badOperator.body.errorCode).toBe("REQUEST_VALIDATION_ERROR");
    expect(badOperator.body.errorMessage).toContain("operator");
    expect((await deliver(m, id, { isDelivered: false })).body.errorCode).toBe("REQUEST_VALIDATION_ERROR");

    expect((await deliver(m, id)).status).toBe(204);
    const awaiting = await inspect(m, id);
    expect(awaiting.subStatus).toBe("AWAITING_PAYMENT_TO_MERCHANT");
    const list = await call<Page>("retrieveCreditSubscriptionForSpecificMerchant", { token: m.token });
    expect(list.body.subscriptions.find((s) => s.creditSubscriptionId === id)).toMatchObject({
      isDelivered: true,
      consolidatedStatus: "ACCEPTED",
      // Not in the 1.4.0 contract, but sent by the bank and read by the vendor's own plugins.
      consolidatedSubstatus: "AWAITING PAYMENT TO MERCHANT",
    });
    expect((await detail(m, id)).body.consolidatedSubstatus).toBe("AWAITING PAYMENT TO MERCHANT");
    const repeated = await deliver(m, id);
    expect(repeated.status).toBe(409);
    expect(repeated.body).toMatchObject({ httpStatusCode: 409, httpStatusMessage: "Conflict", errorCode: "CONFLICT" });

    await advance(m, "P1D");
    expect((await inspect(m, id)).subStatus).toBe("AWAITING_PAYMENT_TO_MERCHANT");
    await advance(m, "P1D");
    const funded = await inspect(m, id);
    expect(funded.subStatus).toBe("PAYMENT_HAVE_BEEN_ISSUED_TO_MERCHANT");
    expect((await detail(m, id)).body.consolidatedSubstatus).toBe("PAYMENT HAS BEEN ISSUED TO MERCHANT");
    expect((await deliver(m, id)).status).toBe(409);
    expect(funded.history.map((h) => [h.action, h.source])).toEqual([
      ["create", "api"],
      ["producerPreApprove", "console"],
      ["customerSigned", "console"],
      ["producerAccept", "scheduler"],
      ["merchantConfirmDelivery", "api"],
      ["fund", "scheduler"],
    ]);
  });

  it("FR at 3,000 € or more stays PRE_ACCEPTED for a manual decision", async () => {
    const m = await testMerchant(["SCFRLT-TXPS"], "credit manual");
    const { id } = await createSubscription(m, "SCFRLT-TXPS", 3000);
    await force(m, id, "pre-accept", "sign");
    await advance(m, "P7D");
    expect((await inspect(m, id)).status).toBe("PRE_ACCEPTED");
    const waiting = await force(m, id, "request-documents");
    expect([waiting.status, waiting.subStatus]).toEqual(["PRE_ACCEPTED", "WAITING_CUSTOMER_FOR_ADDITIONAL_INFORMATION"]);
    expect((await detail(m, id)).body.consolidatedSubstatus).toBe("WAITING CUSTOMER FOR ADDITIONAL INFORMATION");
    expect(waiting.availableActions).toEqual(expect.arrayContaining(["producerReject", "customerSentDocuments"]));
    expect((await force(m, id, "send-documents")).subStatus).toBe("CONTRACT_SIGNED_BY_CUSTOMER");
    const rejected = await force(m, id, "reject");
    expect((await detail(m, id)).body.consolidatedStatus).toBe("REJECTED");
    expect(rejected.availableActions).toEqual([]);
  });

  it("DE (Hanseatic): a cancellation is REQUESTED first, then decided by the producer on the clock", async () => {
    const m = await testMerchant(["SCDELT-DXTS"], "hanseatic cancellation");
    const { id } = await createSubscription(m, "SCDELT-DXTS", 1000);
    await force(m, id, "pre-accept", "sign", "accept");
    // A request that would leave less than 100 € financed is refused before it reaches the producer.
    expect((await cancel(m, id, cancellation(950))).body.errorMessage).toBe("Final Amount is less than minimum authorized amount");
    const requested = await cancel(m, id, cancellation(400));
    expect(requested.body).toEqual({ financedAmount: 1000, status: "REQUESTED" });
    expect((await detail(m, id)).body.cancellationStatus).toBe("REQUEST_FOR_PARTIAL_CANCELLATION");
    expect((await cancel(m, id, cancellation(100))).body.errorCode).toBe("CANCELLATION_IN_PROGRESS");
    await advance(m, "P1D");
    expect((await detail(m, id)).body).toMatchObject({
      consolidatedStatus: "ACCEPTED",
      financedAmount: 600,
      cancellationStatus: "PARTIAL_CANCELLATION_ACCEPTED",
      cancellationAlreadyMade: true,
    });
  });
});

describe("clock-driven expiry", () => {
  it("aborts (EXPIRED) a subscription left INITIALIZED for 3 months, not before", async () => {
    const m = await testMerchant(["SCFRSP-4XPS"], "expiry");
    const { id } = await createSubscription(m, "SCFRSP-4XPS", 400);
    await advance(m, "P2M");
    expect((await detail(m, id)).body.consolidatedStatus).toBe("INITIALIZED");
    const early = await control<BankErrorBody>("POST", `/merchants/${m.merchantId}/subscriptions/${id}/transitions`, { action: "expire" });
    expect(early.status).toBe(409);
    expect(early.body.errorCode).toBe("OPERATION_NOT_ALLOWED");
    await advance(m, "P1M");
    expect((await detail(m, id)).body.consolidatedStatus).toBe("ABORTED");
    const seen = await inspect(m, id);
    expect(seen.subStatus).toBe("EXPIRED");
    expect(seen.history.at(-1)).toMatchObject({ action: "expire", source: "scheduler" });
  });
});

describe("operations on a path id", () => {
  it("check the id of _cancel and _confirmDelivery like the detail does", async () => {
    const m = await testMerchant(["SCFRSP-3XTS"], "path ids");
    expect((await cancel(m, "not-a-uuid", cancellation(1))).body.errorCode).toBe("INVALID_UUID");
    expect((await deliver(m, "not-a-uuid")).body.errorCode).toBe("INVALID_UUID");
    const unknown = "0b7c3a52-1111-4222-8333-444455556666";
    expect((await cancel(m, unknown, cancellation(1))).status).toBe(404);
    expect((await deliver(m, unknown)).body.errorCode).toBe("ENTITY_NOT_FOUND");
  });
});
