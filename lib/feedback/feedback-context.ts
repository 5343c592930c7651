import { getEnv } from '@/lib/env';
import { getDatabaseInfo } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { getSharedDatabase } from '@/lib/storage/shared-database';
import { toAddressKey } from './client-address';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createDatabaseRateLimiter, fromProcessLimiter, type SharedRateLimiter } from './shared-rate-limit';
import { formatVisitorDay, hashAddress, hashVisitor, loadOrCreateSecret } from './visitor';

/** Requests one client address (IPv4, or IPv6 /64) may make per minute. */
export const ADDRESS_LIMITS = { votes: 30, searches: 120 } as const;
/** Window of {@link ADDRESS_LIMITS}. */
export const ADDRESS_LIMIT_WINDOW_MS = 60_000;

interface AddressLimiters {
  votes: SharedRateLimiter;
  searches: SharedRateLimiter;
}

interface FeedbackContext {
  secret: Promise<string>;
  /** Per-address limits: in the database on PostgreSQL (shared by servers), else in memory. */
  limiters?: { db: FeedbackDatabase; limiters: AddressLimiters };
  /** Backstop for the whole process: a flood that rotates addresses still meets this. */
  processLimiter: RateLimiter;
}

const KEY = Symbol.for('resolve.feedbackContext');
const holder = globalThis as typeof globalThis & { [KEY]?: FeedbackContext };

/** Per-process state of the feedback routes: the visitor secret and the process backstop. */
export function getFeedbackContext(): FeedbackContext {
  holder[KEY] ??= {
    secret: loadOrCreateSecret({ dataDir: 'data', envSecret: getEnv().FEEDBACK_SECRET }),
    processLimiter: createRateLimiter({ limit: 20_000, windowMs: 10_000, maxKeys: 1 }),
  };
  return holder[KEY];
}

/** The feedback database of this process, opened and migrated on first use. */
export function getFeedbackDatabase(): Promise<FeedbackDatabase> {
  return getSharedDatabase(getEnv().DATABASE_URL);
}

/**
 * The per-address limiters for `db`: kept in its `rate_limits` table on PostgreSQL, so that
 * app servers sharing it apply one combined limit; in memory on SQLite (one server).
 */
export function getAddressLimiters(db: FeedbackDatabase): AddressLimiters {
  const context = getFeedbackContext();
  if (context.limiters?.db !== db) {
    const shared = getDatabaseInfo(db).dialect === 'postgres';
    const make = (name: keyof typeof ADDRESS_LIMITS): SharedRateLimiter => {
      const limit = ADDRESS_LIMITS[name];
      return shared
        ? createDatabaseRateLimiter(db, { name, limit, windowMs: ADDRESS_LIMIT_WINDOW_MS })
        : fromProcessLimiter(createRateLimiter({ limit, windowMs: ADDRESS_LIMIT_WINDOW_MS }));
    };
    context.limiters = { db, limiters: { votes: make('votes'), searches: make('searches') } };
  }
  return context.limiters.limiters;
}

/** Who is asking, without keeping who they are: daily keyed hashes of the visitor and the address. */
export interface Requester {
  /** Address and user agent: tells apart people behind one address, for one vote each. */
  visitor: string;
  /** The address (IPv6: its /64) alone: what rate limits and the daily cap count. */
  address: string;
}

/** The requester's daily keyed hashes; no IP or user agent is kept. */
export async function identifyRequester(clientAddress: string, userAgent: string, now: Date): Promise<Requester> {
  const secret = await getFeedbackContext().secret;
  const day = formatVisitorDay(now);
  return {
    visitor: hashVisitor({ ip: clientAddress, userAgent, secret, day }),
    address: hashAddress({ addressKey: toAddressKey(clientAddress), secret, day }),
  };
}
