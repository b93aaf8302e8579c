import { describe, expect, it } from "vitest";
import { isNonPublicAddress, publicOnlyLookup, webhookUrlRefusal, type UrlRules } from "./url-policy";
import { keepMasked, MASK, masked } from "./write-only";

const rules: UrlRules = { appOrigin: "https://demo.example", allowedOrigins: ["https://hooks.example", "http://10.1.2.3:8080", "http://[::1]:4000", "http://localhost:9"], allowPrivate: false };

describe("webhook URLs", () => {
  it("take the shop's own origin, whatever its address", () => {
    expect(webhookUrlRefusal("https://demo.example/api/webhooks/scalexpert", rules)).toBeNull();
    expect(webhookUrlRefusal("http://127.0.0.1:3000/api/webhooks/scalexpert", { ...rules, appOrigin: "http://127.0.0.1:3000" })).toBeNull();
  });

  it("refuse another origin until the console allows it", () => {
    for (const url of ["http://127.0.0.1:22/", "http://169.254.169.254/latest/meta-data", "https://demo.example:8443/", "http://demo.example/", "https://evil.example/"]) {
      expect(webhookUrlRefusal(url, rules), url).toMatch(/unless the sandbox console allowed/);
    }
    expect(webhookUrlRefusal("https://hooks.example/scalexpert", rules)).toBeNull();
    expect(webhookUrlRefusal("ftp://hooks.example/", rules)).toMatch(/http or https/);
  });

  it("refuse a console-allowed origin on a loopback or private address, unless the operator lifted that", () => {
    for (const url of ["http://10.1.2.3:8080/hook", "http://[::1]:4000/hook", "http://localhost:9/hook"]) {
      expect(webhookUrlRefusal(url, rules), url).toMatch(/loopback, private/);
      expect(webhookUrlRefusal(url, { ...rules, allowPrivate: true }), url).toBeNull();
    }
  });

  it("know the non-public ranges, IPv4-mapped IPv6 included", () => {
    for (const ip of ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"]) {
      expect(isNonPublicAddress(ip), ip).toBe(true);
    }
    for (const ip of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) {
      expect(isNonPublicAddress(ip), ip).toBe(false);
    }
  });

  it("refuse to connect to a name that resolves to a loopback address (checked on the addresses the socket would use)", async () => {
    const outcome = await new Promise<{ code?: string; message: string }>((resolve) =>
      publicOnlyLookup("localhost", { all: true }, (error) => resolve({ code: error?.code, message: error?.message ?? "connected" })),
    );
    expect(outcome).toMatchObject({ code: "EADDRNOTAVAIL", message: expect.stringContaining("non-public address 127.0.0.1") });
  });
});

describe("webhook credentials", () => {
  it("are masked in answers where set, null where not", () => {
    expect(masked({ keyForSignature: "k", authPassword: null, secret: "s", url: "https://x" })).toEqual({ keyForSignature: MASK, authPassword: null, secret: MASK, url: "https://x" });
  });

  it("keep their stored value when the mask is put back, and change when a new one is", () => {
    const stored = { keyForSignature: "old-key", authPassword: "pw", secret: null };
    expect(keepMasked({ keyForSignature: MASK, authPassword: "new", secret: MASK }, stored)).toEqual({ keyForSignature: "old-key", authPassword: "new", secret: null });
    expect(keepMasked({ keyForSignature: MASK }, undefined)).toEqual({ keyForSignature: null });
  });
});
