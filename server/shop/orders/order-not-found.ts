/** An order id the shop does not know (a stale link in the back office, a mistyped id). */
export class OrderNotFoundError extends Error {
  constructor(readonly orderId: string) {
    super(`No order ${orderId}.`);
    this.name = "OrderNotFoundError";
  }
}
