import { describe, expect, it } from "vitest";
import { needsBirthData, solutionKind, splitInstallments } from "./solution-kind";

describe("solution codes", () => {
  it.each([
    ["SCFRSP-3XTS", "split", false, 3],
    ["SCFRSP-4XPS", "split", false, 4],
    ["SCFRLT-TXNO", "credit", true, null],
    ["SCDELT-DXTS", "credit", true, null],
  ] as const)("%s is %s", (code, kind, birth, installments) => {
    expect(solutionKind(code)).toBe(kind);
    expect(needsBirthData(code)).toBe(birth);
    expect(splitInstallments(code)).toBe(installments);
  });
});
