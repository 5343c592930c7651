import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentArticles } from '../search-queries/load-content';
import {
  buildIndexesFromContent,
  readQueryCases,
  runQueryCases,
  summarizeOutcomes,
  type QueryOutcome,
} from '../search-queries/evaluate-queries';

const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];
const cases = readQueryCases();
const outcomes = runQueryCases(buildIndexesFromContent(CONTENT_DIR, LOCALES), cases);
const describeMisses = (misses: readonly QueryOutcome[]) =>
  misses.map((o) => `[${o.item.locale}] "${o.item.query}" wants ${o.item.expect}, got ${o.top.join(', ') || 'nothing'}`).join('\n');

describe('search quality on the sample content', () => {
  it('has a query set of at least 80 queries covering all three locales', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const locale of LOCALES) expect(cases.filter((item) => item.locale === locale).length).toBeGreaterThanOrEqual(20);
  });

  it('expects only articles that exist in the query locale', () => {
    const articles = loadContentArticles(CONTENT_DIR);
    const known = new Set(articles.map((article) => `${article.locale}/${article.id}`));
    const unknown = cases.filter((item) => ![item.expect, ...(item.accept ?? [])].every((id) => known.has(`${item.locale}/${id}`)));
    expect(unknown.map((item) => `${item.locale}: ${item.query}`)).toEqual([]);
  });

  it.each(LOCALES)('finds the answer in the top 5 for at least 90%% of %s queries', (locale) => {
    const local = outcomes.filter((outcome) => outcome.item.locale === locale);
    const misses = local.filter((outcome) => outcome.rank === null || outcome.rank > 5);
    expect(summarizeOutcomes(local).hitAt5, describeMisses(misses)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the answer in the top 5 for at least 90% of all queries', () => {
    expect(summarizeOutcomes(outcomes).hitAt5).toBeGreaterThanOrEqual(0.9);
  });

  it('never returns draft articles', () => {
    const drafts = outcomes.filter((outcome) => outcome.top.includes('zapier-integration'));
    expect(drafts).toEqual([]);
  });
});
