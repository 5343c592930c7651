import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentArticles } from '../search-queries/load-content';
import {
  buildIndexesFromContent,
  isAnswerable,
  noResultsRate,
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
  it('has at least 200 answerable queries (60 per locale) and 40 no-answer queries in all three locales', () => {
    const answerable = cases.filter(isAnswerable);
    expect(answerable.length).toBeGreaterThanOrEqual(200);
    for (const locale of LOCALES) {
      expect(answerable.filter((item) => item.locale === locale).length).toBeGreaterThanOrEqual(60);
      expect(cases.filter((item) => item.locale === locale && !isAnswerable(item)).length).toBeGreaterThanOrEqual(10);
    }
    expect(cases.filter((item) => !isAnswerable(item)).length).toBeGreaterThanOrEqual(40);
    const known = answerable.filter((item) => item.kind === 'known-item');
    expect(known.length).toBeGreaterThanOrEqual(30);
    expect(known.every((item) => [...item.query].length >= 2 && [...item.query].length <= 6)).toBe(true);
    expect(answerable.filter((item) => item.kind === 'mixed').length).toBeGreaterThanOrEqual(20);
    for (const locale of ['zh-Hant', 'zh-Hans']) expect(answerable.filter((item) => item.locale === locale && item.kind === 'fallback').length).toBeGreaterThanOrEqual(20);
  });

  it('expects only articles that exist in the query locale', () => {
    const articles = loadContentArticles(CONTENT_DIR);
    const known = new Set(articles.map((article) => `${article.locale}/${article.id}`));
    const unknown = cases.filter(isAnswerable).filter((item) => ![item.expect, ...(item.accept ?? [])].every((id) => known.has(`${item.locale}/${id}`)));
    expect(unknown.map((item) => `${item.locale}: ${item.query}`)).toEqual([]);
  });

  it.each(LOCALES)('finds the answer in the top 5 for at least 90%% of %s queries', (locale) => {
    const local = outcomes.filter((outcome) => outcome.item.locale === locale && isAnswerable(outcome.item));
    const misses = local.filter((outcome) => outcome.rank === null || outcome.rank > 5);
    expect(summarizeOutcomes(local).hitAt5, describeMisses(misses)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the answer in the top 5 for at least 95% and first for at least 85% of all answerable queries', () => {
    const figures = summarizeOutcomes(outcomes);
    const misses = outcomes.filter((outcome) => isAnswerable(outcome.item) && outcome.rank !== 1);
    expect(figures.hitAt5, describeMisses(misses)).toBeGreaterThanOrEqual(0.95);
    expect(figures.hitAt1, describeMisses(misses)).toBeGreaterThanOrEqual(0.85);
  });

  it('ends at least 80% of no-answer queries in the no-results state', () => {
    const answered = outcomes.filter((outcome) => !isAnswerable(outcome.item) && !outcome.noResults);
    expect(noResultsRate(outcomes), answered.map((o) => `[${o.item.locale}] "${o.item.query}" got ${o.top.join(', ')}`).join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('answers English feature names on the Chinese sites through the fallback, as the translation', () => {
    const fallback = outcomes.filter((outcome) => outcome.item.kind === 'fallback');
    expect(summarizeOutcomes(fallback).hitAt5, describeMisses(fallback.filter((o) => o.rank === null || o.rank > 5))).toBeGreaterThanOrEqual(0.95);
  });

  it('never returns draft articles', () => {
    const drafts = outcomes.filter((outcome) => outcome.top.includes('zapier-integration'));
    expect(drafts).toEqual([]);
  });
});
