/**
 * The journeys' Playwright test, extended with what they share (vercel/ai-chatbot's `e2e/fixtures.ts` pattern):
 * `shopBank`, the shop's own merchant at the sandbox of the project's app (each project has its own baseURL).
 */
import { test as base } from "@playwright/test";
import { shopBank, type ShopBank } from "./shop-bank";

export { expect } from "@playwright/test";

export const test = base.extend<{ shopBank: ShopBank }>({
  // Playwright names the callback `use`; it is no React hook.
  shopBank: async ({ baseURL }, provide) => {
    await provide(shopBank(baseURL!));
  },
});
