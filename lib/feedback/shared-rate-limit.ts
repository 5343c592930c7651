import type { FeedbackDatabase } from '@/lib/storage/database';
import type { RateLimiter, RateLimitResult } from './rate-limit';

/** A rate limiter whose state may live outside the process. */
export interface SharedRateLimiter {
  /** Counts one request under `key` (an address hash) and says whether it is allowed. */
  consume(key: string, now: Date): Promise<RateLimitResult>;
}

/** Wraps an in-process limiter (one app server, e.g. on SQLite). */
export function fromProcessLimiter(limiter: RateLimiter): SharedRateLimiter {
  return { consume: async (key) => limiter.consume(key) };
}

export interface DatabaseRateLimiterOptions {
  /** Prefix that keeps this limit's counters apart from other limits', e.g. `votes`. */
  name: string;
  /** Requests allowed per key and window. */
  limit: number;
  windowMs: number;
}

/** How often (at most) one process deletes windows that ended, in ms. */
const PRUNE_EVERY_MS = 60_000;
const prunedAt = new WeakMap<FeedbackDatabase, number>();

/**
 * Deletes `rate_limits` windows that ended, at most once a minute per database and process.
 * Not awaited: pruning is housekeeping and must not slow or fail the request that triggers it.
 */
export function pruneRateLimitsNowAndThen(db: FeedbackDatabase, at: number, windowMs: number): void {
  if (at - (prunedAt.get(db) ?? 0) <= PRUNE_EVERY_MS) return;
  prunedAt.set(db, at);
  db.deleteFrom('rate_limits')
    .where('window_start', '<', at - 2 * Math.max(windowMs, PRUNE_EVERY_MS))
    .execute()
    .catch(() => undefined);
}

/** The row key of `key`'s counter under the limit `name`. */
export function rateLimitBucket(name: string, key: string): string {
  return `${name}:${key}`;
}

/**
 * A fixed-window limiter kept in the `rate_limits` table, so that every app server sharing
 * the database applies one combined limit: each request is one atomic upsert that adds a hit
 * to its window's row and reads the total back. Windows that ended are pruned now and then.
 * A fixed window admits up to twice `limit` across a window boundary; that is the price of
 * one statement per request. (Votes on PostgreSQL count in the same table and way, inside
 * `resolve_record_vote`: see `recordVote`'s `requestLimit`.)
 */
export function createDatabaseRateLimiter(db: FeedbackDatabase, options: DatabaseRateLimiterOptions): SharedRateLimiter {
  return {
    async consume(key, now) {
      const at = now.getTime();
      const windowStart = Math.floor(at / options.windowMs) * options.windowMs;
      const row = await db
        .insertInto('rate_limits')
        .values({ bucket: rateLimitBucket(options.name, key), window_start: windowStart, hits: 1 })
        .onConflict((conflict) =>
          conflict.columns(['bucket', 'window_start']).doUpdateSet((eb) => ({ hits: eb(eb.ref('rate_limits.hits'), '+', 1) })),
        )
        .returning('hits')
        .executeTakeFirstOrThrow();
      pruneRateLimitsNowAndThen(db, at, options.windowMs);
      if (Number(row.hits) <= options.limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + options.windowMs - at) / 1000)) };
    },
  };
}
