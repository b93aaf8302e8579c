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

/**
 * Folders import only downward (ARCHITECTURE.md "Layers"): entry points (app/, scripts/, tests/...), then
 * server/shop and server/sandbox, then db/, then the neutral server/lib, server/contract and server/env.ts.
 * tests/unit/layering.test.ts proves each zone catches a violation.
 */
const neutral = ["./server/lib", "./server/contract", "./server/env.ts"];
const domains = ["./server/shop", "./server/sandbox"];
export const layerZones = [
  { target: "./server", from: "./app", message: "server/ never imports app/: routes and client modules sit above it." },
  ...["./db/shop", "./db/sandbox", "./db/sqlite.ts"].map((target) => ({
    target,
    from: domains,
    message: "db/ sits below server/shop and server/sandbox: it must not import them.",
  })),
  ...neutral.map((target) => ({
    target,
    from: [...domains, "./db"],
    message: "server/lib, server/contract and server/env.ts are neutral: they import nothing of the shop, the sandbox or db/.",
  })),
];

/**
 * Past server/shop/bank/ the shop sees its own shapes, in cents (ARCHITECTURE.md "Money"): the bank client reshapes
 * the bank's answers, so no other shop module and nothing in app/ imports the contract's generated types, directly or
 * through their aliases in server/contract/types.ts. tests/unit/layering.test.ts proves the zone catches an import.
 */
export const bankBoundaryZones = [
  {
    target: ["./server/shop/!(bank)/**", "./app/**"],
    from: ["./server/contract/generated", "./server/contract/types.ts"],
    message: "Only server/shop/bank/ reads the contract's types: take the shop's own from it (cents, ./bank/vocabulary for the bank's statuses).",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "server/contract/generated/**", "next-env.d.ts"],
  },
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: [...boundaryZones, ...layerZones, ...bankBoundaryZones] }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
