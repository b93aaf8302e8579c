import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Secrets and tokens are kept as sha256 digests: the database never holds one that works. */
export function digest(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function matchesDigest(secret: string, expectedHex: string): boolean {
  const actual = Buffer.from(digest(secret), "hex");
  const expected = Buffer.from(expectedHex, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A random URL-safe secret of `bytes` bytes of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
