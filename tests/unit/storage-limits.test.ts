import { beforeEach, describe, expect, it } from 'vitest';
import { DailyCapError, RequestLimitError, recordVote } from '@/lib/feedback/record';
import { createDatabaseRateLimiter, rateLimitBucket } from '@/lib/feedback/shared-rate-limit';
import { parseVote } from '@/lib/feedback/vote-schema';
import type { Vote } from '@/lib/feedback/vote-schema';
import { DatabaseUnavailableError } from '@/lib/storage/run-write';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase } from './helpers/db';

const NOW = new Date('2026-11-23T08:00:00.000Z');
const VOTE: Vote = { articleId: 'reset-password', locale: 'en', resolved: true };
const LIMITS = { addressHash: 'address-a', dailyCap: 3 };

describe.each(TEST_DATABASE_TARGETS)('limits kept in the database on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeEach(async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    await test.reset();
  });

  it('refuses new votes past the daily cap of one address, stores none of them, and still takes changes of mind', async () => {
    for (let i = 0; i < 3; i += 1) await recordVote(test.db, VOTE, `visitor-${i}`, NOW, LIMITS);
    await expect(recordVote(test.db, VOTE, 'visitor-3', NOW, LIMITS)).rejects.toBeInstanceOf(DailyCapError);
    const changed = await recordVote(test.db, { ...VOTE, resolved: false }, 'visitor-0', NOW, LIMITS);
    expect(changed.created).toBe(false);
    expect(await test.db.selectFrom('votes').select('visitor').execute()).toHaveLength(3);
    const other = await recordVote(test.db, VOTE, 'visitor-9', NOW, { ...LIMITS, addressHash: 'address-b' });
    expect(other.created).toBe(true);
  });

  it('applies the daily cap exactly when many requests from one address arrive at once', async () => {
    // PostgreSQL: two pools, as two app servers would have. SQLite: one server, one connection
    // (two connections in one thread would wait on each other's lock synchronously).
    const second = target.dialect === 'postgres' ? test.connectAgain() : test.db;
    const attempts = Array.from({ length: 12 }, (_, i) => recordVote(i % 2 ? second : test.db, VOTE, `racer-${i}`, NOW, LIMITS).then(() => 'stored', (error: unknown) => (error instanceof DailyCapError ? 'capped' : String(error))));
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === 'capped')).toHaveLength(9);
    expect(await test.db.selectFrom('votes').select('id').execute()).toHaveLength(3);
  });

  it('counts requests per window across connections sharing the database, and says when to retry', async () => {
    const first = createDatabaseRateLimiter(test.db, { name: 'votes', limit: 4, windowMs: 60_000 });
    const second = createDatabaseRateLimiter(test.connectAgain(), { name: 'votes', limit: 4, windowMs: 60_000 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? second : first).consume('address-a', NOW)));
    expect(results.filter((result) => result.allowed)).toHaveLength(4);
    const refused = results.find((result) => !result.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBe(60);
    expect((await first.consume('address-b', NOW)).allowed).toBe(true);
    expect((await first.consume('address-a', new Date(NOW.getTime() + 60_000))).allowed).toBe(true);
  });

  it('on PostgreSQL counts each vote against the per-minute request limit in the statement that stores it, across servers', async (ctx) => {
    if (target.dialect !== 'postgres') ctx.skip('SQLite keeps request limits in the process');
    const requestLimit = { bucket: rateLimitBucket('votes', 'address-r'), limit: 4, windowMs: 60_000 };
    const limits = { addressHash: 'address-r', dailyCap: 100, requestLimit };
    const second = test.connectAgain();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        recordVote(i % 2 ? second : test.db, { ...VOTE, articleId: `article-${i}` }, `visitor-r${i}`, NOW, limits).then(
          () => 'stored',
          (error: unknown) => (error instanceof RequestLimitError ? `limited ${error.retryAfterSeconds}` : String(error)),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(4);
    expect(outcomes.filter((outcome) => outcome === 'limited 60')).toHaveLength(6);
    expect(await test.db.selectFrom('votes').select('id').execute()).toHaveLength(4);
    // The same counter as the limiter the search events use.
    const limiter = createDatabaseRateLimiter(test.db, { name: 'votes', limit: 4, windowMs: 60_000 });
    expect((await limiter.consume('address-r', NOW)).allowed).toBe(false);
  });

  it('stores the same valid text on both databases when a comment holds a lone surrogate', async () => {
    const parsed = parseVote({ ...VOTE, resolved: false, comment: 'half \uD83D pair' });
    if (!parsed.ok) throw new Error('expected a valid vote');
    const { id } = await recordVote(test.db, parsed.vote, 'visitor-s', NOW);
    const row = await test.db.selectFrom('votes').select('comment').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.comment).toBe('half \uFFFD pair');
  });
});

describe.each(TEST_DATABASE_TARGETS)('a vote past its deadline on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeEach(async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    await test.reset();
  });

  it('is rolled back rather than stored after its visitor was told it failed', async () => {
    const late = { ...LIMITS, deadline: { at: Date.now() - 1 } };
    await expect(recordVote(test.db, VOTE, 'visitor-late', NOW, late)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(await test.db.selectFrom('votes').select('id').execute()).toHaveLength(0);
    const inTime = await recordVote(test.db, VOTE, 'visitor-late', NOW, { ...LIMITS, deadline: { at: Date.now() + 5_000 } });
    expect(inTime.created).toBe(true);
  });
});
