import { describe, expect, it } from "vitest";
import { feeModel } from "./fee-model";

describe("the contract's fee model per solution", () => {
  it("is read from the code's suffix for every code the lenders publish", () => {
    const expected = {
      "SCFRSP-3XTS": "merchant",
      "SCFRSP-3XPS": "shared",
      "SCFRSP-4XTS": "merchant",
      "SCFRSP-4XPS": "shared",
      "SCFRLT-TXNO": "buyer",
      "SCFRLT-TXPS": "shared",
      "SCFRLT-TXTS": "merchant",
      "SCDELT-DXTS": "merchant",
      "SCDELT-DXCO": "commission",
    };
    for (const [code, model] of Object.entries(expected)) expect(feeModel(code, {}), code).toBe(model);
  });

  it("is unknown for a code that does not say it, until the configuration does; the configuration wins", () => {
    expect(feeModel("SCFRSP", {})).toBeNull();
    expect(feeModel("SCFRSP-3XAB", {})).toBeNull();
    expect(feeModel("SCFRSP-3XAB", { "SCFRSP-3XAB": "shared" })).toBe("shared");
    expect(feeModel("SCFRSP-3XTS", { "SCFRSP-3XTS": "shared" })).toBe("shared");
  });
});
