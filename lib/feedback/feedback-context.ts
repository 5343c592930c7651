import { getEnv } from '@/lib/env';
import { getSharedDatabase } from '@/lib/storage/shared-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { formatVisitorDay, hashVisitor, loadOrCreateSecret } from './visitor';

interface FeedbackContext {
  secret: Promise<string>;
  voteLimiter: RateLimiter;
  searchLimiter: RateLimiter;
  /** Backstop for the whole process: a flood that rotates addresses still meets this. */
  processLimiter: RateLimiter;
}

const KEY = Symbol.for('resolve.feedbackContext');
const holder = globalThis as typeof globalThis & { [KEY]?: FeedbackContext };

/** Per-process state of the feedback routes: the visitor secret and the rate limiters. */
export function getFeedbackContext(): FeedbackContext {
  holder[KEY] ??= {
    secret: loadOrCreateSecret({ dataDir: 'data', envSecret: getEnv().FEEDBACK_SECRET }),
    voteLimiter: createRateLimiter({ limit: 20, windowMs: 60_000 }),
    searchLimiter: createRateLimiter({ limit: 60, windowMs: 60_000 }),
    processLimiter: createRateLimiter({ limit: 20_000, windowMs: 10_000, maxKeys: 1 }),
  };
  return holder[KEY];
}

/** The feedback database of this process, opened and migrated on first use. */
export function getFeedbackDatabase(): Promise<FeedbackDatabase> {
  return getSharedDatabase(getEnv().DATABASE_URL);
}

/** The visitor's daily keyed hash; no IP or user agent is kept. */
export async function identifyVisitor(address: string, userAgent: string, now: Date): Promise<string> {
  const secret = await getFeedbackContext().secret;
  return hashVisitor({ ip: address, userAgent, secret, day: formatVisitorDay(now) });
}
