import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordSearchEvent, recordVote } from '@/lib/feedback/record';
import { getArticleResolution, getRecentComments, getResolutionBySource } from '@/lib/feedback/reports';
import { getSearchesEndingInNo, getTopSearches, getZeroResultSearches } from '@/lib/feedback/search-reports';
import type { SearchEvent } from '@/lib/feedback/search-event-schema';
import type { Vote } from '@/lib/feedback/vote-schema';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase, type TestDatabase } from './helpers/db';

const at = (minutes: number, day = 23) => new Date(Date.UTC(2026, 10, day, 8, minutes));
const noReasons = { outdated: 0, unclear: 0, incomplete: 0, wrong: 0, other: 0 };
const RESET = 'reset-password';
const SECURITY = 'The button is now called Security.';

/** Six visitors search, open results and vote; one older vote lies three days back. */
async function seed(db: TestDatabase['db']): Promise<void> {
  const searches: [string, Omit<SearchEvent, 'searchId'>, number][] = [
    ['v1', { locale: 'en', query: 'change password', resultCount: 5, opened: { articleId: RESET } }, 0],
    ['v2', { locale: 'en', query: 'Change  Password', resultCount: 5, opened: { articleId: RESET } }, 1],
    ['v3', { locale: 'en', query: 'change password', resultCount: 5 }, 2],
    ['v4', { locale: 'en', query: 'reset 2fa', resultCount: 0 }, 3],
    ['v5', { locale: 'en', query: 'reset 2fa', resultCount: 0 }, 4],
    ['v6', { locale: 'zh-Hans', query: '重置密码', resultCount: 0 }, 5],
    ['v4', { locale: 'en', query: 'backup codes', resultCount: 2, opened: { articleId: RESET, anchor: 'faq-2fa' } }, 6],
    // After v2's No vote: not a search that ended in that No.
    ['v2', { locale: 'en', query: 'change password', resultCount: 5, opened: { articleId: RESET } }, 30],
  ];
  for (const [index, [visitor, event, minute]] of searches.entries()) {
    await recordSearchEvent(db, { searchId: `search-${index}-0000`, ...event }, visitor, at(minute));
  }
  const reset = (locale: string): Pick<Vote, 'articleId' | 'locale'> => ({ articleId: RESET, locale });
  const setup = (locale: string): Pick<Vote, 'articleId' | 'locale'> => ({ articleId: 'setup-2fa', locale });
  const votes: [string, Vote, Date][] = [
    ['v1', { ...reset('en'), resolved: true, source: 'search', query: 'change password' }, at(10)],
    [
      'v2',
      { ...reset('en'), resolved: false, reason: 'outdated', source: 'search', query: 'Change Password', comment: SECURITY },
      at(11),
    ],
    ['v3', { ...reset('zh-Hant'), resolved: false, reason: 'unclear', source: 'support', comment: '看不懂第二步' }, at(12)],
    [
      'v4',
      { ...reset('en'), resolved: false, reason: 'incomplete', anchor: 'faq-2fa', source: 'related', query: 'backup codes' },
      at(13),
    ],
    ['v5', { ...reset('en'), resolved: true, anchor: 'faq-2fa', source: 'direct' }, at(14)],
    ['v1', { ...setup('en'), resolved: true, source: 'support' }, at(15)],
    ['v6', { ...setup('zh-Hans'), resolved: true }, at(16)],
    ['v2', { ...setup('en'), resolved: false, reason: 'wrong', source: 'search', comment: 'Old' }, at(0, 20)],
  ];
  for (const [visitor, vote, when] of votes) await recordVote(db, vote, visitor, when);
}

describe.each(TEST_DATABASE_TARGETS)('dashboard reports on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeAll(async () => {
    if (!target.skipReason) await seed(test.db);
  });
  beforeEach((ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
  });

  it('shows per-article resolution by locale, by FAQ entry and by reason, worst article first', async () => {
    const [reset, setup, ...rest] = await getArticleResolution(test.db);

    expect(rest).toEqual([]);
    expect(reset).toEqual({
      articleId: RESET,
      yes: 1,
      no: 2,
      total: 3,
      rate: 1 / 3,
      reasons: { ...noReasons, outdated: 1, unclear: 1 },
      byLocale: {
        en: { yes: 1, no: 1, total: 2, rate: 0.5, reasons: { ...noReasons, outdated: 1 } },
        'zh-Hant': { yes: 0, no: 1, total: 1, rate: 0, reasons: { ...noReasons, unclear: 1 } },
      },
      byAnchor: { 'faq-2fa': { yes: 1, no: 1, total: 2, rate: 0.5, reasons: { ...noReasons, incomplete: 1 } } },
    });
    expect(setup).toMatchObject({ articleId: 'setup-2fa', yes: 2, no: 1, reasons: { ...noReasons, wrong: 1 } });
  });

  it('limits article resolution to recent votes and to one locale', async () => {
    const recent = await getArticleResolution(test.db, { since: at(0, 22) });
    expect(recent.find((article) => article.articleId === 'setup-2fa')).toMatchObject({ yes: 2, no: 0, rate: 1 });

    const english = await getArticleResolution(test.db, { locale: 'en' });
    expect(english.map(({ articleId, yes, no }) => ({ articleId, yes, no }))).toEqual([
      { articleId: RESET, yes: 1, no: 1 },
      { articleId: 'setup-2fa', yes: 1, no: 1 },
    ]);
  });

  it('lists the newest comments first, as visitors wrote them', async () => {
    const comments = await getRecentComments(test.db, { limit: 2 });

    expect(comments.map((comment) => comment.comment)).toEqual(['看不懂第二步', SECURITY]);
    expect(comments[1]).toMatchObject({
      articleId: RESET,
      anchor: null,
      resolved: false,
      reason: 'outdated',
      query: 'change password',
      source: 'search',
      updatedAt: at(11),
    });
    expect(await getRecentComments(test.db, { locale: 'zh-Hant' })).toHaveLength(1);
  });

  it('compares resolution of votes coming from search, support links, related links and direct visits', async () => {
    const bySource = await getResolutionBySource(test.db);

    expect(bySource.map(({ source, yes, no }) => ({ source, yes, no }))).toEqual([
      { source: 'search', yes: 1, no: 2 },
      { source: 'support', yes: 1, no: 1 },
      { source: 'related', yes: 0, no: 1 },
      { source: 'direct', yes: 1, no: 0 },
      { source: null, yes: 1, no: 0 },
    ]);
  });

  it('ranks searches by frequency, counting differently typed forms of one query together', async () => {
    const top = await getTopSearches(test.db);

    expect(top.slice(0, 2)).toEqual([
      { locale: 'en', query: 'change password', searches: 4, zeroResults: 0, opened: 3, averageResults: 5, lastSearchedAt: at(30) },
      { locale: 'en', query: 'reset 2fa', searches: 2, zeroResults: 2, opened: 0, averageResults: 0, lastSearchedAt: at(4) },
    ]);
    expect(top.slice(2).map((search) => search.query).sort()).toEqual(['backup codes', '重置密码']);
    expect(await getTopSearches(test.db, { limit: 1 })).toHaveLength(1);
  });

  it('lists the searches that found nothing, per locale', async () => {
    expect(await getZeroResultSearches(test.db)).toEqual([
      { locale: 'en', query: 'reset 2fa', searches: 2, lastSearchedAt: at(4) },
      { locale: 'zh-Hans', query: '重置密码', searches: 1, lastSearchedAt: at(5) },
    ]);
    expect(await getZeroResultSearches(test.db, { locale: 'zh-Hans' })).toHaveLength(1);
  });

  it('finds the searches whose opened article or FAQ entry then got a No from the same visitor', async () => {
    expect(await getSearchesEndingInNo(test.db)).toEqual([
      {
        locale: 'en',
        query: 'backup codes',
        articleId: RESET,
        anchor: 'faq-2fa',
        searches: 1,
        lastSearchedAt: at(6),
        reasons: { ...noReasons, incomplete: 1 },
      },
      {
        locale: 'en',
        query: 'change password',
        articleId: RESET,
        anchor: null,
        searches: 1,
        lastSearchedAt: at(1),
        reasons: { ...noReasons, outdated: 1 },
      },
    ]);
    expect(await getSearchesEndingInNo(test.db, { since: at(5) })).toHaveLength(1);
  });
});
