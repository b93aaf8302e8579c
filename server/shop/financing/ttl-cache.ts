/**
 * A small in-memory cache for slow, idempotent look-ups (the bank's offers):
 * each key is loaded at most once per time-to-live, and callers that ask
 * while a load is in flight share it instead of starting their own.
 * Failures are kept for a shorter time, so that a bank outage costs one call
 * per key every few seconds rather than one per page view. When a reload
 * fails (the bank says 429 or is down), the last good value is served instead
 * for a bounded time (stale-if-error), so that a short outage does not empty
 * every page; past that bound the failure goes to the caller.
 */
export interface TtlCacheOptions {
  ttlMs: number;
  /** How long a failed load is remembered (0: not at all). */
  errorTtlMs: number;
  /** Oldest entries are dropped beyond this, so arbitrary cart totals can't grow memory without bound. */
  maxEntries: number;
  /** How long after its time-to-live a good value may stand in for a failed reload (0 or unset: never). */
  staleIfErrorMs?: number;
  now?: () => number;
}

/** `good`: the last value loaded, and until when it was fresh; kept across reloads for stale-if-error. */
type Entry<V> = { promise: Promise<V>; expiresAt: number; good?: { value: V; freshUntil: number } };

export interface TtlCache<K, V> {
  get(key: K, load: () => Promise<V>): Promise<V>;
  delete(key: K): void;
  clear(): void;
  readonly size: number;
}

export function createTtlCache<K, V>(options: TtlCacheOptions): TtlCache<K, V> {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on load keeps the oldest first.
  const entries = new Map<K, Entry<V>>();

  function evict(): void {
    while (entries.size > options.maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  }

  return {
    get(key, load) {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.promise;
      entries.delete(key);
      const good = hit?.good;
      // The callbacks run after the entry below exists: the load starts on a later tick.
      const promise: Promise<V> = Promise.resolve()
        .then(load)
        .then(
          (value) => {
            entry.expiresAt = now() + options.ttlMs;
            entry.good = { value, freshUntil: entry.expiresAt };
            return value;
          },
          (error: unknown) => {
            // The bank is asked again after the error time-to-live, stale or not.
            entry.expiresAt = now() + options.errorTtlMs;
            if (good && now() < good.freshUntil + (options.staleIfErrorMs ?? 0)) return good.value;
            if (options.errorTtlMs <= 0 && entries.get(key) === entry) entries.delete(key);
            throw error;
          },
        );
      // In flight: never expires until it settles.
      const entry: Entry<V> = { promise, expiresAt: Number.POSITIVE_INFINITY, good };
      entries.set(key, entry);
      evict();
      return entry.promise;
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
