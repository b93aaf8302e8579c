import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import type { ShopDb } from "@/db/shop/client";
import { prepared } from "@/db/shop/prepared";
import { cartItems, carts, products } from "@/db/shop/schema";
import type { Country } from "../i18n/locales";
import { cartTotals, type CartTotals, isValidQuantity, MAX_LINES, mergedQuantity } from "./cart-math";

export interface CartLine {
  productId: number;
  slug: string;
  name: string;
  brand: string;
  /** For the merchant's financing exclusions (by product reference or category). */
  sku: string;
  category: string;
  imagePath: string;
  unitPriceCents: number;
  quantity: number;
  lineTotalCents: number;
}

export interface CartView {
  id: string;
  country: Country;
  lines: CartLine[];
  totals: CartTotals;
}

export type CartErrorCode = "unknown_product" | "too_many_lines" | "bad_quantity" | "no_cart";

export class CartError extends Error {
  constructor(
    readonly code: CartErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** 192 random bits, URL-safe: the cookie is the only key to a cart, so it must not be guessable. */
export function newCartId(): string {
  return randomBytes(24).toString("base64url");
}

export const CART_ID_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function createCart(db: ShopDb, country: Country): string {
  const id = newCartId();
  db.insert(carts).values({ id, country }).run();
  return id;
}

export function cartExists(db: ShopDb, cartId: string): boolean {
  // Asked on every storefront request that carries a cart: prepared once (db/shop/prepared.ts).
  return prepared(db, "cart exists", (h) => h.select({ id: carts.id }).from(carts).where(eq(carts.id, sql.placeholder("cartId"))).prepare()).get({ cartId }) !== undefined;
}

export function readCart(db: ShopDb, cartId: string): CartView | null {
  const cart = db.select().from(carts).where(eq(carts.id, cartId)).get();
  if (!cart) return null;
  const rows = db
    .select({
      productId: products.id,
      slug: products.slug,
      name: products.name,
      brand: products.brand,
      sku: products.sku,
      category: products.category,
      imagePath: products.imagePath,
      unitPriceCents: products.priceCents,
      quantity: cartItems.quantity,
    })
    .from(cartItems)
    .innerJoin(products, eq(products.id, cartItems.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(products.name))
    .all();
  const lines = rows.map((row) => ({ ...row, lineTotalCents: row.unitPriceCents * row.quantity }));
  return { id: cart.id, country: cart.country, lines, totals: cartTotals(lines) };
}

function touch(db: Pick<ShopDb, "update">, cartId: string): void {
  db.update(carts).set({ updatedAt: sql`(unixepoch('subsec') * 1000)` }).where(eq(carts.id, cartId)).run();
}

export function addItem(db: ShopDb, cartId: string, productId: number, quantity: number): void {
  if (!isValidQuantity(quantity)) throw new CartError("bad_quantity", `Quantity must be 1 to 10, got ${quantity}.`);
  db.transaction((tx) => {
    if (!tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).get()) {
      throw new CartError("no_cart", "This cart does not exist.");
    }
    if (!tx.select({ id: products.id }).from(products).where(eq(products.id, productId)).get()) {
      throw new CartError("unknown_product", `No product ${productId}.`);
    }
    const existing = tx
      .select({ quantity: cartItems.quantity })
      .from(cartItems)
      .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)))
      .get();
    if (existing) {
      tx.update(cartItems)
        .set({ quantity: mergedQuantity(existing.quantity, quantity) })
        .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)))
        .run();
    } else {
      const lineCount = tx.select({ n: sql<number>`count(*)` }).from(cartItems).where(eq(cartItems.cartId, cartId)).get()?.n ?? 0;
      if (lineCount >= MAX_LINES) throw new CartError("too_many_lines", `A cart holds at most ${MAX_LINES} products.`);
      tx.insert(cartItems).values({ cartId, productId, quantity }).run();
    }
    touch(tx, cartId);
  });
}

/** Quantity 0 removes the line. */
export function setQuantity(db: ShopDb, cartId: string, productId: number, quantity: number): void {
  if (quantity === 0) return removeItem(db, cartId, productId);
  if (!isValidQuantity(quantity)) throw new CartError("bad_quantity", `Quantity must be 0 to 10, got ${quantity}.`);
  db.update(cartItems)
    .set({ quantity })
    .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)))
    .run();
  touch(db, cartId);
}

export function removeItem(db: ShopDb, cartId: string, productId: number): void {
  db.delete(cartItems)
    .where(and(eq(cartItems.cartId, cartId), eq(cartItems.productId, productId)))
    .run();
  touch(db, cartId);
}

export function setCartCountry(db: ShopDb, cartId: string, country: Country): void {
  db.update(carts).set({ country }).where(eq(carts.id, cartId)).run();
}

export function itemCount(db: ShopDb, cartId: string): number {
  return (
    db
      .select({ n: sql<number>`coalesce(sum(${cartItems.quantity}), 0)` })
      .from(cartItems)
      .where(eq(cartItems.cartId, cartId))
      .get()?.n ?? 0
  );
}

/**
 * Empties a cart that became an order, once the financing went through.
 * Idempotent; leaves the cart alone if the shopper changed it after ordering.
 */
export function emptyCartOrderedAt(db: ShopDb, cartId: string, orderedAt: number): void {
  db.transaction((tx) => {
    const cart = tx.select({ updatedAt: carts.updatedAt }).from(carts).where(eq(carts.id, cartId)).get();
    if (!cart || cart.updatedAt.getTime() > orderedAt) return;
    tx.delete(cartItems).where(eq(cartItems.cartId, cartId)).run();
  });
}
