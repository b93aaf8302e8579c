/**
 * Structural validation of our OpenAPI documents with Redocly's linter.
 *
 * openapi-typescript 7.13 lints with Redocly too, but builds its config with an
 * option Redocly 1.34 ignores, so only unresolved $refs are caught there. We
 * pass this config to it as well, so that generating types from an invalid
 * document fails.
 */
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString, type Config } from "@redocly/openapi-core";
import { stringify } from "yaml";

let config: Promise<Config> | undefined;

export function contractLintConfig(): Promise<Config> {
  config ??= createConfig({
    extends: ["minimal"],
    rules: {
      // "struct" (from minimal) checks every object against the OpenAPI 3 structure.
      "no-unresolved-refs": "error",
      "operation-operationId-unique": "error",
      "operation-parameters-unique": "error",
      "path-parameters-defined": "error",
      "security-defined": "error",
      "no-enum-type-mismatch": "error",
      "no-invalid-schema-examples": "error",
      "no-invalid-media-type-examples": "error",
      "no-unused-components": "error",
    },
  });
  return config;
}

/** Every problem Redocly finds, as "severity rule: message at pointer"; empty when the document is valid. */
export async function lintContract(doc: unknown, name = "contract.yaml"): Promise<string[]> {
  const document = makeDocumentFromString(stringify(doc), `/${name}`);
  const problems = await lintDocument({
    document,
    config: (await contractLintConfig()).styleguide,
    externalRefResolver: new BaseResolver(),
  });
  return problems.map((problem) => {
    const pointer = problem.location[0]?.pointer ?? "";
    return `${problem.severity} ${problem.ruleId}: ${problem.message} at ${pointer}`;
  });
}
