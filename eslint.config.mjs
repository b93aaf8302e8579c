import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The storefront (shop + back office) and the bank sandbox are separate
 * bounded contexts: they talk over HTTP only, never through imports.
 * Both may use the neutral modules: server/contract, server/lib, server/env.ts.
 */
const storefront = ["./app/(shop)", "./app/(back-office)", "./app/api", "./server/shop", "./db/shop"];
const sandbox = ["./app/sandbox", "./server/sandbox", "./db/sandbox"];

export const boundaryZones = [
  ...storefront.map((target) => ({
    target,
    from: sandbox,
    message: "The storefront talks to the bank over HTTP only; it must not import sandbox code.",
  })),
  ...sandbox.map((target) => ({
    target,
    from: storefront,
    message: "The bank sandbox must not import storefront code.",
  })),
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "server/contract/generated/**", "next-env.d.ts"],
  },
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: boundaryZones }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
