import { describe, expect, it } from "vitest";
import { decideFault, faultsInput } from "./faults";

const config = (input: unknown) => faultsInput.parse(input);

describe("decideFault", () => {
  it("does nothing without a config, or with the defaults", () => {
    expect(decideFault(null, "retrieveCreditSubscription").decision).toBeNull();
    expect(decideFault(config({}), "retrieveCreditSubscription").decision).toBeNull();
  });

  it("applies the standing outcome and latency to every e-financing call, not to the token endpoint", () => {
    const c = config({ outcome: "503", latencyMs: 250, retryAfterSeconds: 5 });
    expect(decideFault(c, "initiateCreditSubscription").decision).toEqual({ outcome: "503", latencyMs: 250, retryAfterSeconds: 5 });
    expect(decideFault(c, "requestAccessToken").decision).toBeNull();
    expect(decideFault(config({ outcome: "500", operations: ["requestAccessToken"] }), "requestAccessToken").decision?.outcome).toBe("500");
  });

  it("limits faults to the listed operations", () => {
    const c = config({ outcome: "500", operations: ["cancelCreditSubscription"] });
    expect(decideFault(c, "retrieveCreditSubscription").decision).toBeNull();
    expect(decideFault(c, "cancelCreditSubscription").decision?.outcome).toBe("500");
  });

  it("plays the script step by step, then falls back to the standing outcome", () => {
    let c = config({ script: ["500", { outcome: "drop", latencyMs: 10 }, "ok"] });
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const { decision, next } = decideFault(c, "getEligibleProductServices");
      seen.push(decision?.outcome);
      c = next!;
    }
    expect(seen).toEqual(["500", "drop", "ok", undefined]);
    expect(c.script).toEqual([]);
  });

  it("keeps a step meant for another operation until a call of that operation comes", () => {
    let c = config({ script: [{ outcome: "drop", operation: "initiateCreditSubscription" }, "429"] });
    const first = decideFault(c, "getEligibleProductServices");
    expect(first.decision?.outcome).toBe("429");
    c = first.next!;
    expect(decideFault(c, "getEligibleProductServices").decision).toBeNull();
    const second = decideFault(c, "initiateCreditSubscription");
    expect(second.decision?.outcome).toBe("drop");
    expect(second.next!.script).toEqual([]);
  });

  it("refuses unknown outcomes, operations and fields", () => {
    expect(faultsInput.safeParse({ outcome: "404" }).success).toBe(false);
    expect(faultsInput.safeParse({ operations: ["nope"] }).success).toBe(false);
    expect(faultsInput.safeParse({ latency: 5 }).success).toBe(false);
    expect(faultsInput.safeParse({ latencyMs: -1 }).success).toBe(false);
  });
});
