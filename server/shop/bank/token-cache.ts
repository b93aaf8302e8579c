import "server-only";

export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

/** A token is used until this long before it expires, so that it never dies in flight. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

/**
 * Holds the bank's access token: one token reused until shortly before it
 * expires, and one token request shared by every caller that needs a token
 * while it is under way (50 concurrent calls on a cold start ask once).
 */
export class TokenCache {
  private current: { value: string; renewAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
    private readonly marginMs: number = TOKEN_EXPIRY_MARGIN_MS,
  ) {}

  get(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.value);
    this.inflight ??= this.issue()
      .then((token) => {
        // A token shorter-lived than the margin is still used once rather than never.
        const lifetime = Math.max(0, token.expiresInSeconds * 1000 - this.marginMs);
        this.current = { value: token.accessToken, renewAt: this.now() + lifetime };
        return token.accessToken;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  /**
   * Forgets `rejected` after the bank refused it (401). Callers that failed
   * with an older token do not throw away a newer one another caller already got.
   */
  invalidate(rejected: string): void {
    if (this.current?.value === rejected) this.current = undefined;
  }
}
