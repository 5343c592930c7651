import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDailySeries } from '@/lib/admin/daily-series';
import { createCsvExport } from '@/lib/admin/export-pages';
import { countOutdatedVotes } from '@/lib/admin/get-review-queue';
import { moderateComments } from '@/lib/admin/moderation';
import { countSearchesEndingIn, getPeriodTotals } from '@/lib/admin/period-totals';
import { recordSearchEvent, recordVote } from '@/lib/feedback/record';
import { getArticleResolution } from '@/lib/feedback/reports';
import { getResolutionByQuery, getSearchesLeadingTo, getTopSearches } from '@/lib/feedback/search-reports';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase, type TestDatabase } from './helpers/db';

const day = (date: number, hour = 8) => new Date(Date.UTC(2026, 10, date, hour));
const NOV_20 = day(20, 0);
const NOV_23 = day(23, 0);
const NOV_24 = day(24, 0);

/** Two days in the period (Nov 21 and 22) and one before it (Nov 19). */
async function seed(db: TestDatabase['db']): Promise<void> {
  const search = (id: string, visitor: string, when: Date, query: string, resultCount: number, opened?: string) =>
    recordSearchEvent(db, { searchId: `search-${id}-000`, locale: 'en', query, resultCount, ...(opened ? { opened: { articleId: opened } } : {}) }, visitor, when);
  await search('a', 'v1', day(21), 'refund', 4, 'refunds');
  await search('b', 'v2', day(21), 'refund', 4, 'refunds');
  await search('c', 'v3', day(22), 'refund', 4);
  await search('d', 'v4', day(22), 'money back', 0);
  await search('e', 'v5', day(19), 'refund', 4, 'refunds');
  await recordVote(db, { articleId: 'refunds', locale: 'en', resolved: true, query: 'refund', source: 'search' }, 'v1', day(21, 9));
  await recordVote(db, { articleId: 'refunds', locale: 'en', resolved: false, reason: 'outdated', query: 'refund', source: 'search', comment: '=HYPERLINK("x")' }, 'v2', day(21, 9));
  await recordVote(db, { articleId: 'refunds', locale: 'zh-Hant', resolved: false, reason: 'outdated', source: 'support' }, 'v6', day(22, 9));
  await recordVote(db, { articleId: 'billing', locale: 'en', resolved: true, source: 'direct' }, 'v7', day(22, 10));
  await recordVote(db, { articleId: 'refunds', locale: 'en', resolved: false, reason: 'outdated', query: 'refund', source: 'search' }, 'v5', day(19, 9));
}

describe.each(TEST_DATABASE_TARGETS)('dashboard figures on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  const period = { since: NOV_20, until: NOV_23 };
  beforeAll(async () => {
    if (target.skipReason) return;
    await test.reset();
    await seed(test.db);
  });
  beforeEach((ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
  });

  it('totals a closed period: votes, resolution, searches, no-result share and searches ending in a Yes', async () => {
    expect(await getPeriodTotals(test.db, period)).toEqual({ votes: 4, yes: 2, rate: 0.5, searches: 4, zeroResults: 1, zeroShare: 0.25, endedInYes: 1, yesShare: 0.25 });
    expect(await getPeriodTotals(test.db, { since: day(19, 0), until: NOV_20 })).toMatchObject({ votes: 1, yes: 0, searches: 1 });
    expect(await countSearchesEndingIn(test.db, period, 0)).toBe(1);
    expect(await getPeriodTotals(test.db, { ...period, locale: 'zh-Hant' })).toMatchObject({ votes: 1, searches: 0, rate: 0, zeroShare: null });
  });

  it('lists every day of the period with its votes and searches', async () => {
    expect(await getDailySeries(test.db, period, ['2026-11-20', '2026-11-21', '2026-11-22'])).toEqual([
      { day: '2026-11-20', yes: 0, no: 0, searches: 0, zeroResults: 0 },
      { day: '2026-11-21', yes: 1, no: 1, searches: 2, zeroResults: 0 },
      { day: '2026-11-22', yes: 1, no: 1, searches: 2, zeroResults: 1 },
    ]);
  });

  it('reports one article, its searches with their outcome, and per-search resolution', async () => {
    const [refunds, ...others] = await getArticleResolution(test.db, { ...period, articleId: 'refunds' });
    expect(others).toEqual([]);
    expect(refunds).toMatchObject({ yes: 1, no: 2 });
    expect(await getSearchesLeadingTo(test.db, { ...period, articleId: 'refunds' })).toEqual([{ locale: 'en', query: 'refund', opened: 2, yes: 1, no: 1 }]);
    expect([...(await getResolutionByQuery(test.db, period)).values()]).toEqual([{ locale: 'en', query: 'refund', yes: 1, no: 1 }]);
    const [top] = await getTopSearches(test.db, period);
    expect(top).toMatchObject({ query: 'refund', searches: 3, opened: 2, averageResults: 4 });
  });

  it('reads only the listed articles when a page shows only published ones', async () => {
    expect((await getArticleResolution(test.db, { ...period, articleIds: ['billing'] })).map((article) => article.articleId)).toEqual(['billing']);
    expect(await getArticleResolution(test.db, { ...period, articleIds: [] })).toEqual([]);
    expect(await countOutdatedVotes(test.db, { ...period, articleIds: ['billing'] })).toEqual(new Map());
  });

  it('counts "outdated" votes per article in the period for the review queue', async () => {
    expect(await countOutdatedVotes(test.db, period)).toEqual(new Map([['refunds', 2]]));
    expect(await countOutdatedVotes(test.db, { since: day(19, 0), until: NOV_24 })).toEqual(new Map([['refunds', 3]]));
  });

  it('exports page by page, oldest first, with the moderation state of comments', async () => {
    const votes = createCsvExport(test.db, 'votes', period);
    const rows = [];
    for (let page = await votes.nextPage(); page.length > 0; page = await votes.nextPage()) rows.push(...page);
    expect(rows.map((row) => row[3])).toEqual(['refunds', 'refunds', 'refunds', 'billing']);
    expect(rows[0]?.[6]).toBe('yes');
    // One row per page: rows with the same time (v1 and v2 voted at 9:00) are neither lost nor repeated.
    const onePerPage = createCsvExport(test.db, 'votes', period, 1);
    const ids = [];
    for (let page = await onePerPage.nextPage(); page.length > 0; page = await onePerPage.nextPage()) ids.push(page[0]?.[0]);
    expect(ids).toEqual(rows.map((row) => row[0]));

    const [comment] = await createCsvExport(test.db, 'comments', period).nextPage();
    expect(comment?.slice(6, 10)).toEqual(['=HYPERLINK("x")', 'refund', 'search', 'new']);
    await moderateComments(test.db, { ids: [Number(comment?.[0])], state: 'dismissed', note: 'spam' }, day(22, 12));
    const [moderated] = await createCsvExport(test.db, 'comments', period).nextPage();
    expect(moderated?.slice(9, 12)).toEqual(['dismissed', 'spam', day(22, 12).toISOString()]);

    const searches = await createCsvExport(test.db, 'searches', { ...period, locale: 'en' }).nextPage();
    expect(searches.map((row) => row[3])).toEqual(['refund', 'refund', 'refund', 'money back']);
  });
});
