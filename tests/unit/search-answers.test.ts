import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import { isMostlyLatin, searchWithFallback, searchWithFallbackAsync } from '@/lib/search/fallback';
import type { SearchIndexPayload } from '@/lib/search/index-payload';
import { loadSearchIndex, searchIndex } from '@/lib/search/query';
import { getSearchStrings } from '@/lib/i18n/search-strings';
import { describeSearchOutcome, getSearchOutcome } from '@/lib/search/search-outcome';
import { getSynonymGroups, parseSynonyms } from '@/lib/search/synonyms';
import { writeSearchIndexes } from '@/lib/search/write-search-indexes';
import { buildIndexesFromContent } from '../search-queries/evaluate-queries';
import { loadContentArticles } from '../search-queries/load-content';

const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
const indexes = buildIndexesFromContent(CONTENT_DIR, ['en', 'zh-Hant', 'zh-Hans']);
const en = indexes.get('en')!;
const hans = indexes.get('zh-Hans')!;
const outDir = mkdtempSync(path.join(os.tmpdir(), 'search-answers-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('confidence threshold', () => {
  it('answers a draft topic with no confident result, only weak matches', () => {
    const response = searchIndex(en, 'zapier', { prefix: false });
    expect(response.results).toEqual([]);
    expect(response.total).toBe(0);
    expect(response.weak?.length).toBeGreaterThan(0);
    expect(response.weak?.map((r) => r.articleId)).not.toContain('zapier-integration');
  });

  it('finds nothing for a Chinese topic the help center does not cover', () => {
    expect(searchIndex(indexes.get('zh-Hant')!, '請假', { prefix: false }).results).toEqual([]);
  });

  it('keeps confident answers for a whole question', () => {
    expect(searchIndex(en, 'How can I get my money back if I cancelled?', { prefix: false }).results[0]?.articleId).toBe('refunds-and-cancellations');
  });
});

describe('inline answer', () => {
  it('gives the start of the FAQ entry that answers the query, and its link', () => {
    const { answer } = searchIndex(en, 'where can I download invoices', { prefix: false });
    expect(answer).toMatchObject({ articleId: 'billing-faq', heading: 'Where can I download my invoices?', url: '/en/billing/billing-faq#faq-download-invoices' });
    expect(answer?.text).toMatch(/^Open the avatar menu/);
  });

  it('gives none when the best hit is not an FAQ entry', () => {
    expect(searchIndex(en, 'reset password', { prefix: false }).answer).toBeUndefined();
  });
});

describe('fallback to the default locale', () => {
  it('treats a query as mostly Latin only when Latin letters outweigh Chinese characters', () => {
    expect(isMostlyLatin('refund')).toBe(true);
    expect(isMostlyLatin('Slack 通知')).toBe(true);
    expect(isMostlyLatin('API 令牌')).toBe(false);
    expect(isMostlyLatin('退款')).toBe(false);
  });

  it('shows an English hit on a Chinese site as its translation, marked as matched in English', () => {
    const { results } = searchWithFallback(hans, en, 'refund', { prefix: false });
    expect(results[0]).toMatchObject({ articleId: 'refunds-and-cancellations', matchedIn: 'en', title: '退款与取消订阅' });
    expect(results[0]?.url).toBe('/zh-Hans/billing/refunds-and-cancellations');
  });

  it('lists English hits without a translation under otherLanguage, with their English links', () => {
    const articles = loadContentArticles(CONTENT_DIR).filter((a) => !(a.locale === 'zh-Hans' && a.id === 'payroll-export'));
    const synonyms = parseSynonyms(readFileSync(path.join(CONTENT_DIR, 'synonyms.yml'), 'utf8'));
    const defaultArticleIds = articles.filter((a) => a.locale === 'en').map((a) => a.id);
    const local = loadSearchIndex(buildSearchIndex(articles, { locale: 'zh-Hans', synonyms: getSynonymGroups(synonyms, 'zh-Hans'), defaultArticleIds }));
    const response = searchWithFallback(local, en, 'payroll export', { prefix: false });
    expect(response.results.map((r) => r.articleId)).not.toContain('payroll-export');
    expect(response.otherLanguage?.locale).toBe('en');
    expect(response.otherLanguage?.results[0]).toMatchObject({ articleId: 'payroll-export', url: '/en/integrations/payroll-export' });
  });

  it('tells a search that found only other-language articles from one that found nothing', () => {
    const articles = loadContentArticles(CONTENT_DIR).filter((a) => !(a.locale === 'zh-Hans' && a.id === 'payroll-export'));
    const defaultArticleIds = articles.filter((a) => a.locale === 'en').map((a) => a.id);
    const local = loadSearchIndex(buildSearchIndex(articles, { locale: 'zh-Hans', synonyms: [], defaultArticleIds }));
    const onlyEnglish = { ...searchWithFallback(local, en, 'payroll export', { prefix: false }), results: [] };
    expect(getSearchOutcome(onlyEnglish)).toEqual({ kind: 'other-language', count: onlyEnglish.otherLanguage?.results.length });
    expect(getSearchOutcome(searchWithFallback(hans, en, '退款', { prefix: false }))).toMatchObject({ kind: 'results' });
    expect(getSearchOutcome(searchIndex(en, 'zapier', { prefix: false }))).toEqual({ kind: 'none' });
    expect(getSearchOutcome(undefined)).toEqual({ kind: 'none' });
    const strings = getSearchStrings('zh-Hans');
    expect(describeSearchOutcome(strings, 'payroll export', onlyEnglish)).toBe('没有中文文章与“payroll export”相关，以下英文文章相关。');
    expect(describeSearchOutcome(strings, 'zapier', searchIndex(en, 'zapier', { prefix: false }))).toBe('没有找到与“zapier”相关的文章。');
    expect(describeSearchOutcome(strings, '退款', undefined, 1)).toBe(strings.resultCountOne);
  });

  it('does not search the default locale when the visitor language answers well', () => {
    const response = searchWithFallback(hans, en, '退款', { prefix: false });
    expect(response.results[0]?.matchedIn).toBeUndefined();
    expect(response.otherLanguage).toBeUndefined();
  });

  it('loads the default index and the translation map only when the fallback runs (sharded files)', async () => {
    const articles = loadContentArticles(CONTENT_DIR);
    const manifest = writeSearchIndexes({ articles, locales: ['en', 'zh-Hans'], outDir, singleFileBytes: 0 });
    const read = (url: string) => JSON.parse(readFileSync(path.join(outDir, url.replace(/^\/search\//, '')), 'utf8')) as unknown;
    const localMeta = read(manifest.locales['zh-Hans']?.url ?? '') as SearchIndexPayload;
    expect(typeof localMeta.translations).toBe('string');
    expect(manifest.locales['zh-Hans']?.translationGzipBytes).toBeGreaterThan(0);
    const local = loadSearchIndex(localMeta);
    const fetched: string[] = [];
    const fetchLocal = async (file: string) => (fetched.push(file), read(`/search/${file}`));
    let fallbackLoads = 0;
    const getFallback = async () => {
      fallbackLoads += 1;
      return { index: loadSearchIndex(read(manifest.locales.en?.url ?? '') as SearchIndexPayload), fetchPart: async (file: string) => read(`/search/${file}`) };
    };
    await searchWithFallbackAsync(local, '退款', fetchLocal, getFallback, { prefix: false });
    expect(fallbackLoads).toBe(0);
    const response = await searchWithFallbackAsync(local, 'refund', fetchLocal, getFallback, { prefix: false });
    expect(fallbackLoads).toBe(1);
    expect(fetched).toContain(localMeta.translations);
    expect(response.results[0]).toMatchObject({ articleId: 'refunds-and-cancellations', matchedIn: 'en', url: '/zh-Hans/billing/refunds-and-cancellations' });
  });
});

describe('fallback with sharded files and nothing confident in either language', () => {
  it('answers without needing records it did not load', async () => {
    const articles = loadContentArticles(CONTENT_DIR);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'search-answers-weak-'));
    try {
      const manifest = writeSearchIndexes({ articles, locales: ['en', 'zh-Hans'], outDir: dir, singleFileBytes: 0 });
      const read = (url: string) => JSON.parse(readFileSync(path.join(dir, url.replace(/^\/search\//, '')), 'utf8')) as unknown;
      const local = loadSearchIndex(read(manifest.locales['zh-Hans']?.url ?? '') as SearchIndexPayload);
      const foreign = loadSearchIndex(read(manifest.locales.en?.url ?? '') as SearchIndexPayload);
      const fetchPart = async (file: string) => read(`/search/${file}`);
      const response = await searchWithFallbackAsync(local, 'zapier', fetchPart, async () => ({ index: foreign, fetchPart }), { prefix: false });
      expect(response.results).toEqual([]);
      expect(response.otherLanguage).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
