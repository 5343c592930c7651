import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDailySeries } from '@/lib/admin/daily-series';
import { countSearchesEndingIn, getPeriodTotals } from '@/lib/admin/period-totals';
import { recordSearchEvent, recordVote } from '@/lib/feedback/record';
import type { ReportOptions } from '@/lib/feedback/report-helpers';
import { narrowRollupPlan, planRollups, ROLLUP_GRACE_MS, waitForRollups } from '@/lib/feedback/report-rollups';
import { getResolutionBySource } from '@/lib/feedback/reports';
import { getResolutionByQuery, getSearchesEndingInNo, getTopSearches, getZeroResultSearches } from '@/lib/feedback/search-reports';
import { VOTE_REASONS, VOTE_SOURCES } from '@/lib/feedback/vote-options';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase, type TestDatabase } from './helpers/db';

const DAY_MS = 86_400_000;
// "Now" for the reports: Nov 30, 15:00 UTC; Nov 30 is open, Nov 29 and before are closed.
const NOW = new Date(Date.UTC(2026, 10, 30, 15));
const at = (date: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 10, date, hour, minute));
const LOCALES = ['en', 'zh-Hant'];
const QUERIES = ['refund', 'reset password', 'invoice', 'nothing here'];

/** Deterministic pseudo-random numbers, so both databases get the same rows. */
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Six days (Nov 25 to 30) of searches and votes as the site writes them: one visitor hash per
 * visitor and day, searches that open an article and end in a vote (Yes or No) or not, changes
 * of mind the same day, searches without results.
 */
async function seed(db: TestDatabase['db']): Promise<void> {
  const random = createRandom(7);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let date = 25; date <= 30; date += 1) {
    for (let n = 0; n < 14; n += 1) {
      const visitor = `v-${date}-${n}`;
      const when = at(date, Math.floor(random() * 23), Math.floor(random() * 60));
      const locale = pick(LOCALES);
      const query = pick(QUERIES);
      const zero = query === 'nothing here';
      const articleId = pick(['refunds', 'billing', 'security']);
      const anchor = random() < 0.3 ? 'faq-1' : undefined;
      const opened = !zero && random() < 0.7;
      await recordSearchEvent(db, { searchId: `search-${date}-${n}-0000`, locale, query, resultCount: zero ? 0 : 1 + n }, visitor, when);
      if (opened) {
        // The browser reports the opened result a minute later: the same row is updated.
        await recordSearchEvent(db, { searchId: `search-${date}-${n}-0000`, locale, query, resultCount: 1 + n, opened: { articleId, ...(anchor ? { anchor } : {}) } }, visitor, new Date(when.getTime() + 60_000));
      }
      if (opened || random() < 0.3) {
        const resolved = random() < 0.5;
        const later = new Date(when.getTime() + 120_000);
        const vote = { articleId, locale, ...(anchor ? { anchor } : {}), resolved, ...(resolved ? {} : { reason: pick(VOTE_REASONS) }), ...(opened ? { query } : {}), source: opened ? 'search' as const : pick(VOTE_SOURCES) };
        await recordVote(db, vote, visitor, later);
        // Some change their mind a little later the same day.
        if (random() < 0.25) await recordVote(db, { ...vote, resolved: !resolved, ...(resolved ? { reason: 'unclear' as const } : { reason: undefined }) }, visitor, new Date(later.getTime() + 60_000));
      }
    }
  }
}

/** Every report the rollups serve, on `options`. */
async function readAll(db: TestDatabase['db'], options: ReportOptions) {
  const days = Array.from({ length: 8 }, (_, i) => new Date(at(24, 0).getTime() + i * DAY_MS).toISOString().slice(0, 10));
  return {
    totals: await getPeriodTotals(db, options),
    endedInNo: await countSearchesEndingIn(db, options, 0),
    daily: await getDailySeries(db, options, days),
    sources: await getResolutionBySource(db, options),
    queries: [...(await getResolutionByQuery(db, options)).entries()].sort(),
    top: await getTopSearches(db, { ...options, limit: 50 }),
    // Short lists: the rolled top and today's queries must still give the exact top.
    topOne: await getTopSearches(db, { ...options, limit: 1 }),
    topThree: await getTopSearches(db, { ...options, limit: 3 }),
    zero: await getZeroResultSearches(db, { ...options, limit: 50 }),
    endingInNo: await getSearchesEndingInNo(db, { ...options, limit: 50 }),
  };
}

describe('planning a period into rolled-up days and live spans', () => {
  it('reads whole closed days from the rollups and the rest live', () => {
    expect(planRollups({ since: at(20, 0), until: at(31, 0), now: NOW })).toEqual({ rolled: { from: '2026-11-20', to: '2026-11-30' }, live: [{ since: at(30, 0), until: at(31, 0) }] });
    // A day closes an hour after it ends.
    const early = new Date(at(30, 0).getTime() + ROLLUP_GRACE_MS - 1);
    expect(planRollups({ since: at(20, 0), until: at(31, 0), now: early }).rolled).toEqual({ from: '2026-11-20', to: '2026-11-29' });
    expect(planRollups({ since: at(20, 6), until: at(23, 0), now: NOW })).toEqual({ rolled: { from: '2026-11-21', to: '2026-11-23' }, live: [{ since: at(20, 6), until: at(21, 0) }] });
    expect(planRollups({ now: NOW })).toEqual({ rolled: { to: '2026-11-30' }, live: [{ since: at(30, 0) }] });
  });

  it('reads the closed days not rolled up yet live', () => {
    const options = { since: at(20, 6), until: at(31, 0), now: NOW };
    const plan = planRollups(options);
    expect(narrowRollupPlan(plan, options, '2026-11-27')).toEqual({
      rolled: { from: '2026-11-27', to: '2026-11-30' },
      live: [{ since: at(20, 6), until: at(27, 0) }, { since: at(30, 0), until: at(31, 0) }],
    });
    expect(narrowRollupPlan(plan, options, '2026-11-21')).toEqual(plan);
    expect(narrowRollupPlan(plan, options, undefined)).toEqual({ live: [{ since: at(20, 6), until: at(31, 0) }] });
    expect(narrowRollupPlan(planRollups({ now: NOW }), { now: NOW }, '2026-11-29')).toEqual({ rolled: { from: '2026-11-29', to: '2026-11-30' }, live: [{ until: at(29, 0) }, { since: at(30, 0) }] });
  });

  it('reads live only for open days, one article, or when asked', () => {
    expect(planRollups({ since: at(30, 0), until: at(31, 0), now: NOW })).toEqual({ live: [{ since: at(30, 0), until: at(31, 0) }] });
    expect(planRollups({ since: at(20, 6), until: at(20, 9), now: NOW }).rolled).toBeUndefined();
    expect(planRollups({ since: at(20, 0), articleId: 'refunds', now: NOW }).rolled).toBeUndefined();
    expect(planRollups({ since: at(20, 0), live: true, now: NOW }).rolled).toBeUndefined();
  });
});

describe.each(TEST_DATABASE_TARGETS)('daily rollups on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeAll(async () => {
    if (target.skipReason) return;
    await test.reset();
    await seed(test.db);
  });
  beforeEach((ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
  });

  const periods: Array<[string, ReportOptions]> = [
    ['a period across the grace boundary', { since: at(25, 0), until: at(31, 0) }],
    ['closed days only', { since: at(25, 0), until: at(28, 0) }],
    ['edges inside days', { since: at(25, 13, 30), until: at(29, 18) }],
    ['all time', {}],
    ['one language', { since: at(24, 0), until: at(31, 0), locale: 'zh-Hant' }],
    ['the open day only', { since: at(30, 0), until: at(31, 0) }],
  ];

  it.each(periods)('gives the live figures for %s', async (_label, options) => {
    const rolled = await readAll(test.db, { ...options, now: NOW });
    const live = await readAll(test.db, { ...options, live: true });
    expect(rolled).toEqual(live);
    expect(live.totals.votes + live.totals.searches).toBeGreaterThan(0);
  });

  it('gives the live figures while the rollup of the closed days is still running', async () => {
    for (const table of ['rollup_days', 'vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups'] as const) await test.db.deleteFrom(table).execute();
    const period = { since: at(25, 0), until: at(31, 0) };
    // No wait: each report reads live whatever the rollup has not finished yet.
    expect(await readAll(test.db, { ...period, now: NOW, rollupWaitMs: 0 })).toEqual(await readAll(test.db, { ...period, live: true }));
    await waitForRollups(test.db);
    const days = await test.db.selectFrom('rollup_days').select('day').orderBy('day').execute();
    expect(days.map((row) => row.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  });

  it('seeds every kind of figure the rollups keep', async () => {
    const all = await readAll(test.db, { live: true });
    expect(all.totals.endedInYes).toBeGreaterThan(0);
    expect(all.endedInNo).toBeGreaterThan(0);
    expect(all.endingInNo.length).toBeGreaterThan(1);
    expect(all.zero.length).toBeGreaterThan(0);
    expect(all.queries.length).toBeGreaterThan(2);
  });

  it('rolls up exactly the closed days, once, and counts later votes of the open day', async () => {
    await test.db.deleteFrom('rollup_days').execute();
    for (const table of ['vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups'] as const) await test.db.deleteFrom(table).execute();
    await getPeriodTotals(test.db, { now: NOW });
    await getPeriodTotals(test.db, { since: at(26, 0), now: NOW });
    await waitForRollups(test.db);
    const days = await test.db.selectFrom('rollup_days').select('day').orderBy('day').execute();
    // From the first day with data to the last closed one, once each.
    expect(days.map((row) => row.day)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    const rows = await test.db.selectFrom('vote_rollups').select((eb) => eb.fn.sum<string | number>('votes').as('n')).executeTakeFirstOrThrow();
    const raw = await test.db.selectFrom('votes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('updated_at', '<', at(30, 0).toISOString()).executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(Number(raw.n));

    // Emptied and filled again (as a test database is), the kept query totals are not reused.
    const period = { since: at(25, 0), until: at(29, 0), now: NOW };
    const kept = await getTopSearches(test.db, period);
    await test.db.deleteFrom('rollup_days').execute();
    for (const table of ['vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups'] as const) await test.db.deleteFrom(table).execute();
    await test.db.updateTable('search_events').set({ query: 'changed' }).where('created_at', '<', at(26, 0).toISOString()).execute();
    expect(await getTopSearches(test.db, period)).not.toEqual(kept);
    expect(await getTopSearches(test.db, period)).toEqual(await getTopSearches(test.db, { ...period, live: true }));

    const before = await getPeriodTotals(test.db, { since: at(25, 0), until: at(31, 0), now: NOW });
    await recordVote(test.db, { articleId: 'refunds', locale: 'en', resolved: true }, 'v-late', at(30, 14));
    const after = await getPeriodTotals(test.db, { since: at(25, 0), until: at(31, 0), now: NOW });
    expect(after.votes).toBe(before.votes + 1);
    expect(after).toEqual(await getPeriodTotals(test.db, { since: at(25, 0), until: at(31, 0), live: true }));
  });
});

describe.each(TEST_DATABASE_TARGETS)('a search ending in a vote on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeAll(async () => {
    if (target.skipReason) return;
    await test.reset();
    const search = (visitor: string, opened: { articleId: string; anchor?: string }) =>
      recordSearchEvent(test.db, { searchId: `search-${visitor}-0000`, locale: 'en', query: 'refund', resultCount: 3, opened }, visitor, at(21, 8));
    const vote = (visitor: string, anchor: string | undefined, resolved: boolean) =>
      recordVote(test.db, { articleId: 'refunds', locale: 'en', ...(anchor ? { anchor } : {}), resolved, ...(resolved ? {} : { reason: 'unclear' as const }), query: 'refund', source: 'search' }, visitor, at(21, 9));
    // Opened the FAQ entry: a Yes on the whole article is not its answer, the No on the entry is.
    await search('v1', { articleId: 'refunds', anchor: 'faq-1' });
    await vote('v1', undefined, true);
    await vote('v1', 'faq-1', false);
    // Opened the whole article: a Yes on one of its FAQ entries is not its answer.
    await search('v2', { articleId: 'refunds' });
    await vote('v2', 'faq-2', true);
  });
  beforeEach((ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
  });

  it.each([
    ['live', { live: true }],
    ['rolled up', { now: NOW }],
  ])('counts only the vote on the result it opened (%s)', async (_label, read) => {
    const options = { since: at(20, 0), until: at(23, 0), ...read };
    expect(await countSearchesEndingIn(test.db, options, 1)).toBe(0);
    expect(await countSearchesEndingIn(test.db, options, 0)).toBe(1);
    expect((await getPeriodTotals(test.db, options)).endedInYes).toBe(0);
    expect((await getSearchesEndingInNo(test.db, options)).map((row) => row.searches)).toEqual([1]);
  });
});
