import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { carts, products } from "@/db/shop/schema";
import { createTestShop, type TestShop } from "../orders/engine.test-support";
import { MAX_LINES, MAX_QUANTITY } from "./cart-math";
import { addItem, CART_ID_PATTERN, CartError, createCart, emptyCartOrderedAt, itemCount, readCart, removeItem, setCartCountry, setQuantity } from "./cart-store";

let shop: TestShop;
beforeEach(() => {
  shop = createTestShop();
});
afterEach(() => shop.close());

const product = (slug: string) => shop.db.select().from(products).where(eq(products.slug, slug)).get()!;

describe("cart store", () => {
  it("makes unguessable cart ids that the cookie check accepts", () => {
    const a = createCart(shop.db, "FR");
    const b = createCart(shop.db, "FR");
    expect(a).toMatch(CART_ID_PATTERN);
    expect(a).not.toBe(b);
  });

  /** A new French cart and two of the catalogue's products to put in it. */
  const cartAndProducts = () => ({ cartId: createCart(shop.db, "FR"), espresso: product("machine-espresso"), phone: product("smartphone-pro") });

  it("prices lines from the catalogue and merges repeated adds", () => {
    const { cartId, espresso, phone } = cartAndProducts();
    addItem(shop.db, cartId, espresso.id, 1);
    addItem(shop.db, cartId, espresso.id, 2);
    addItem(shop.db, cartId, phone.id, 1);
    const cart = readCart(shop.db, cartId)!;
    expect(cart.lines.map((l) => [l.slug, l.quantity, l.lineTotalCents])).toEqual(
      [
        ["machine-espresso", 3, espresso.priceCents * 3],
        ["smartphone-pro", 1, phone.priceCents],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
    );
    expect(cart.totals.totalCents).toBe(espresso.priceCents * 3 + phone.priceCents);
    expect(itemCount(shop.db, cartId)).toBe(4);
  });

  it("caps quantities, refuses unknown products and too many lines", () => {
    const cartId = createCart(shop.db, "FR");
    const espresso = product("machine-espresso");
    addItem(shop.db, cartId, espresso.id, MAX_QUANTITY);
    addItem(shop.db, cartId, espresso.id, 5);
    expect(readCart(shop.db, cartId)!.lines[0]!.quantity).toBe(MAX_QUANTITY);
    expect(() => addItem(shop.db, cartId, 999_999, 1)).toThrow(CartError);
    expect(() => addItem(shop.db, cartId, espresso.id, 0)).toThrow(CartError);
    expect(() => addItem(shop.db, "no-such-cart", espresso.id, 1)).toThrow(CartError);
    for (let i = 0; i < MAX_LINES; i++) {
      const slug = `extra-${i}`;
      shop.db
        .insert(products)
        .values({ slug, name: slug, brand: "B", model: "M", category: "C", description: "D", specifications: "S", sku: slug, priceCents: 1000, imagePath: "/x.svg" })
        .run();
      if (i < MAX_LINES - 1) addItem(shop.db, cartId, product(slug).id, 1);
      else expect(() => addItem(shop.db, cartId, product(slug).id, 1)).toThrow(/at most/);
    }
  });

  it("updates and removes lines; quantity 0 removes", () => {
    const { cartId, espresso, phone } = cartAndProducts();
    addItem(shop.db, cartId, espresso.id, 1);
    addItem(shop.db, cartId, phone.id, 1);
    setQuantity(shop.db, cartId, espresso.id, 4);
    expect(itemCount(shop.db, cartId)).toBe(5);
    setQuantity(shop.db, cartId, espresso.id, 0);
    removeItem(shop.db, cartId, phone.id);
    expect(readCart(shop.db, cartId)!.lines).toEqual([]);
    expect(() => setQuantity(shop.db, cartId, phone.id, MAX_QUANTITY + 1)).toThrow(CartError);
  });

  it("keeps the shopper's country with the cart", () => {
    const cartId = createCart(shop.db, "FR");
    setCartCountry(shop.db, cartId, "DE");
    expect(readCart(shop.db, cartId)!.country).toBe("DE");
  });

  it("empties a financed cart once, unless the shopper changed it after ordering", () => {
    const cartId = createCart(shop.db, "FR");
    addItem(shop.db, cartId, product("machine-espresso").id, 1);
    const updatedAt = shop.db.select().from(carts).where(eq(carts.id, cartId)).get()!.updatedAt.getTime();

    emptyCartOrderedAt(shop.db, cartId, updatedAt - 1);
    expect(itemCount(shop.db, cartId)).toBe(1);

    emptyCartOrderedAt(shop.db, cartId, updatedAt + 1);
    expect(itemCount(shop.db, cartId)).toBe(0);
    emptyCartOrderedAt(shop.db, cartId, updatedAt + 1);
    expect(readCart(shop.db, cartId)).not.toBeNull();
  });
});
