import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACT_FILES, CONTRACT_NAMES, loadContract, type ContractName } from "./index";

describe("loadContract", () => {
  it.each(CONTRACT_NAMES)("parses %s.yaml once and shares a frozen document", (name) => {
    expect(existsSync(CONTRACT_FILES[name])).toBe(true);
    const doc = loadContract(name);
    expect(loadContract(name)).toBe(doc);
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.isFrozen(doc.paths)).toBe(true);
    expect(() => {
      (doc.info as { title: string }).title = "changed";
    }).toThrow(TypeError);
  });

  it("refuses an unknown name", () => {
    expect(() => loadContract("payments" as ContractName)).toThrow(/Unknown contract "payments"/);
  });
});
