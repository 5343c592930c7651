/** Answer of {@link RateLimiter.consume}. */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request from `key`'s allowance. */
  consume(key: string): RateLimitResult;
  /** Number of keys currently remembered (bounded by `maxKeys`). */
  size(): number;
}

export interface RateLimiterOptions {
  /** Requests allowed per window and per key, also the largest burst. Default 20. */
  limit?: number;
  /** Window in milliseconds over which `limit` refills. Default 60 000. */
  windowMs?: number;
  /** Most keys kept in memory; least recently used idle keys go first. Default 10 000. */
  maxKeys?: number;
  /** Clock in milliseconds, injectable for tests. Default `Date.now`. */
  now?: () => number;
}

/** Idle keys checked per request; enough to keep up with one new key per request. */
const SWEEP_BATCH = 4;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Creates an in-memory token bucket limiter: each key may make `limit` requests at once and
 * regains them evenly over `windowMs`. Memory is bounded: a key whose bucket has refilled
 * is forgotten (it would start full anyway), and beyond `maxKeys` the least recently seen
 * key is dropped. State is per process; several app servers each apply their own limit.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  if (!(limit >= 1 && windowMs > 0 && maxKeys >= 1)) {
    throw new RangeError('createRateLimiter: limit and maxKeys must be at least 1 and windowMs above 0.');
  }
  const refillPerMs = limit / windowMs;
  // Map iteration follows insertion order; re-inserting on each use keeps it LRU-ordered.
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number): number =>
    Math.min(limit, bucket.tokens + Math.max(0, at - bucket.updatedAt) * refillPerMs);

  /**
   * Forgets refilled keys from the least recently used end (a few per call, so the cost is
   * amortized), then, if still full, the least recently used key even if it is not refilled.
   */
  const sweep = (at: number): void => {
    let checked = 0;
    for (const [key, bucket] of buckets) {
      if (checked++ >= SWEEP_BATCH || refill(bucket, at) < limit) break;
      buckets.delete(key);
    }
    while (buckets.size >= maxKeys) {
      const oldest = buckets.keys().next();
      if (oldest.done) break;
      buckets.delete(oldest.value);
    }
  };

  return {
    consume(key) {
      const at = now();
      const existing = buckets.get(key);
      let tokens = limit;
      if (existing) {
        tokens = refill(existing, at);
        buckets.delete(key);
      }
      sweep(at);
      if (tokens < 1) {
        buckets.set(key, { tokens, updatedAt: at });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)) };
      }
      buckets.set(key, { tokens: tokens - 1, updatedAt: at });
      return { allowed: true };
    },
    size: () => buckets.size,
  };
}
