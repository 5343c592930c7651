import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { highlightResult } from '@/lib/search/highlight';
import { loadSearchIndex, searchIndex, type LoadedSearchIndex } from '@/lib/search/query';
import { getSynonymGroups } from '@/lib/search/synonyms';
import { RANKING_FIXTURE, RANKING_SYNONYMS } from '../search-queries/ranking-fixture';

function loadFixture(locale: string, withSynonyms = true): LoadedSearchIndex {
  const synonyms = withSynonyms ? getSynonymGroups(RANKING_SYNONYMS, locale) : [];
  return loadSearchIndex(buildSearchIndex(RANKING_FIXTURE, { locale, synonyms }));
}

const en = loadFixture('en');
const hant = loadFixture('zh-Hant');
const hans = loadFixture('zh-Hans');
// Ranking order over confident and weak hits alike (the confidence threshold has its own tests).
const ids = (index: LoadedSearchIndex, query: string, prefix = false) => {
  const response = searchIndex(index, query, { prefix });
  return [...response.results, ...(response.weak ?? [])].map((result) => result.articleId);
};

describe('search ranking', () => {
  it('answers a whole question although most of its words are not in the article', () => {
    expect(ids(en, 'How can I get my money back if I cancelled?')[0]).toBe('refunds');
  });

  it('tolerates a typo in a word of five letters or more', () => {
    expect(ids(en, 'pasword')[0]).toBe('reset-password');
    expect(ids(en, 'notifcations')[0]).toBe('notifications');
  });

  it('does not guess at typos in short words', () => {
    expect(ids(en, 'pasw')).toEqual([]);
  });

  it('completes the word being typed', () => {
    expect(ids(en, 'reset passw', true)[0]).toBe('reset-password');
    expect(ids(en, 'reset passw ', true)).not.toContain('security-settings');
  });

  it('ranks a title match above an article that only repeats the word in its body', () => {
    expect(ids(en, 'password')[0]).toBe('reset-password');
  });

  it('prefers the article covering more of the query over one repeating a single word', () => {
    expect(ids(en, 'export schedule to calendar')[0]).toBe('calendar-export');
  });

  it('returns an FAQ question as its own hit with its anchor', () => {
    const [first] = searchIndex(en, 'download invoices').results;
    expect(first?.articleId).toBe('billing-faq');
    expect(first?.sections[0]?.anchor).toBe('faq-invoices');
    expect(first?.bestUrl).toBe('/en/billing/billing-faq#faq-invoices');
  });

  it('points to the matching section of an article', () => {
    const [first] = searchIndex(en, 'email does not arrive').results;
    expect(first?.sections[0]?.url).toBe('/en/account/reset-password#if-the-email-does-not-arrive');
  });

  it('still answers a query made only of stop words', () => {
    expect(ids(en, 'if the')).toContain('reset-password');
  });

  it('folds full-width queries', () => {
    expect(ids(en, 'ＲＥＦＵＮＤ')[0]).toBe('refunds');
  });

  it('filters by category', () => {
    expect(searchIndex(en, 'password', { category: 'billing' }).results).toEqual([]);
  });

  it('finds Traditional articles with Simplified queries: 密码 finds 密碼, 帐户 finds 帳戶', () => {
    expect(ids(hant, '密码')[0]).toBe('reset-password');
    expect(ids(hant, '帐户')[0]).toBe('account-security');
    expect(ids(hant, '账户')[0]).toBe('account-security');
  });

  it('finds Simplified articles with Traditional queries', () => {
    expect(ids(hans, '忘記密碼')[0]).toBe('reset-password');
  });

  it('finds a Chinese word inside longer text without spaces', () => {
    expect(ids(hant, '忘記')[0]).toBe('reset-password');
  });

  it('covers regional words through the synonyms file: 设置 finds 設定', () => {
    expect(ids(hant, '设置推播')[0]).toBe('notification-settings');
    expect(ids(hant, '日历')[0]).toBe('calendar-sync');
    expect(ids(loadFixture('zh-Hant', false), '日历')).toEqual([]);
  });

  it('matches mixed English and Chinese queries', () => {
    expect(ids(hant, 'iPhone 同步')[0]).toBe('calendar-sync');
    expect(ids(hant, 'iphone同步')[0]).toBe('calendar-sync');
  });

  it('reports the matched terms so the result can be highlighted in the original script', () => {
    const [first] = searchIndex(hant, '密码').results;
    expect(first?.terms).toContain('密码');
    expect(first && highlightResult(first, hant.fold).title).toEqual([[2, 4]]);
    const [refund] = searchIndex(en, 'refunds').results;
    expect(refund && highlightResult(refund, en.fold).title).toEqual([[0, 7]]);
  });
});
