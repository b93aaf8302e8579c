import { describe, expect, it } from "vitest";
import { baasExceptionBody, SandboxHttpError, errorResponse, gatewayErrorBody, GatewayValidationError, statusText } from "./errors";

const info = { method: "POST", requestURI: "/v1/subscriptions", path: "/sandbox/baas/uatc/e-financing/api/v1/subscriptions" };
const at = new Date("2025-03-01T10:00:00.000Z");

describe("the bank's error bodies", () => {
  it("writes a BaasExceptionHttpResponse with the status text of the code", () => {
    expect(baasExceptionBody(new SandboxHttpError(404, "ENTITY_NOT_FOUND", "No credit subscription found"), info, at)).toEqual({
      timestamp: "2025-03-01T10:00:00.000Z",
      httpStatusCode: 404,
      httpStatusMessage: "Not Found",
      errorCode: "ENTITY_NOT_FOUND",
      errorMessage: "No credit subscription found",
      requestMethod: "POST",
      requestURI: "/v1/subscriptions",
    });
    expect([400, 401, 403, 422, 429, 500, 503].map(statusText)).toEqual([
      "Bad Request",
      "Unauthorized",
      "Forbidden",
      "Unprocessable Entity",
      "Too Many Requests",
      "Internal Server Error",
      "Service Unavailable",
    ]);
  });

  it("writes the gateway's 422 body with fresh request and trace ids", () => {
    const a = gatewayErrorBody("[Code: 1028 | Message: $.x: is missing but it is required | path: $]", info, at);
    const b = gatewayErrorBody("m", info, at);
    expect(a).toMatchObject({ timestamp: "2025-03-01T10:00:00.000Z", path: info.path, status: "422", error: "Unprocessable Entity" });
    expect(a.requestId).not.toBe(b.requestId);
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("answers bank errors as such, with their headers, and anything else as a 500 that hides the cause", async () => {
    const limited = errorResponse(new SandboxHttpError(429, "TOO_MANY_REQUESTS", "slow down", { "Retry-After": "7" }), info);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect((await errorResponse(new GatewayValidationError("m"), info).json()).status).toBe("422");
    const original = console.error;
    console.error = () => {};
    try {
      const crash = errorResponse(new Error("database is locked"), info);
      expect(crash.status).toBe(500);
      const body = (await crash.json()) as { errorCode: string; errorMessage: string };
      expect(body.errorCode).toBe("INTERNAL_SERVER_ERROR");
      expect(body.errorMessage).not.toContain("database");
    } finally {
      console.error = original;
    }
  });
});
