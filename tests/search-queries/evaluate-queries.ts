import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildSearchIndex } from '../../lib/search/build-index';
import { searchWithFallback } from '../../lib/search/fallback';
import { loadSearchIndex, type LoadedSearchIndex } from '../../lib/search/query';
import { getSynonymGroups, parseSynonyms } from '../../lib/search/synonyms';
import { loadContentArticles } from './load-content';

const querySchema = z.object({
  locale: z.string(),
  query: z.string().min(1),
  /** Article id that answers the query (none for `no-answer` queries). */
  expect: z.string().optional(),
  /** Section or FAQ anchor that answers it best, if one does. */
  anchor: z.string().optional(),
  /** Other articles that also fully answer it. */
  accept: z.array(z.string()).optional(),
  kind: z.enum(['question', 'paraphrase', 'keyword', 'typo', 'prefix', 'cross-script', 'regional', 'mixed', 'known-item', 'fallback', 'no-answer']),
}).refine((item) => (item.kind === 'no-answer') === (item.expect === undefined), { message: 'no-answer queries have no expect; every other query has one' });

export type SearchQueryCase = z.infer<typeof querySchema>;

/** Per-query outcome: rank of the first acceptable article (1-based), or null. */
export interface QueryOutcome {
  item: SearchQueryCase;
  rank: number | null;
  top: string[];
  anchorHit: boolean;
  /** The response is the no-results state: no confident result in any language. */
  noResults: boolean;
}

/** Quality figures for one locale (or all). */
export interface QualityFigures {
  queries: number;
  hitAt1: number;
  hitAt5: number;
  mrrAt10: number;
  /** Share of queries with an expected anchor whose article result lists that anchor first. */
  anchorAt1: number;
}

/** True for a query the sample content answers. */
export const isAnswerable = (item: SearchQueryCase): boolean => item.kind !== 'no-answer';

/** Share of no-answer queries that ended in the no-results state. */
export function noResultsRate(outcomes: readonly QueryOutcome[]): number {
  const none = outcomes.filter((o) => !isAnswerable(o.item));
  return none.filter((o) => o.noResults).length / (none.length || 1);
}

/** Reads and validates `tests/search-queries/queries.json`. */
export function readQueryCases(file = fileURLToPath(new URL('queries.json', import.meta.url))): SearchQueryCase[] {
  return z.array(querySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Builds and loads one index per locale from a content folder, with its synonyms file; the first locale is the default (the others carry translation maps to it). */
export function buildIndexesFromContent(contentDir: string, locales: readonly string[]): Map<string, LoadedSearchIndex> {
  const articles = loadContentArticles(contentDir);
  const synonyms = parseSynonyms(readFileSync(path.join(contentDir, 'synonyms.yml'), 'utf8'));
  const defaultArticleIds = articles.filter((article) => article.locale === locales[0]).map((article) => article.id);
  return new Map(
    locales.map((locale, i) => [
      locale,
      loadSearchIndex(buildSearchIndex(articles, { locale, synonyms: getSynonymGroups(synonyms, locale), ...(i === 0 ? {} : { defaultArticleIds }) })),
    ]),
  );
}

/**
 * Runs every query against its locale's index as the worker does, falling back to the default
 * locale's (`defaultLocale`) when needed. Queries are complete (no prefix matching on the last
 * word) unless their kind is `prefix`.
 */
export function runQueryCases(
  indexes: ReadonlyMap<string, LoadedSearchIndex>,
  cases: readonly SearchQueryCase[],
  { defaultLocale = 'en', previous = false }: { defaultLocale?: string; previous?: boolean } = {},
): QueryOutcome[] {
  return cases.map((item) => {
    const index = indexes.get(item.locale);
    if (!index) throw new Error(`No index for locale ${item.locale} (query "${item.query}")`);
    // `previous`: the engine before confidence thresholds and the fallback (bench comparisons).
    const fallback = item.locale === defaultLocale || previous ? undefined : indexes.get(defaultLocale);
    const response = searchWithFallback(index, fallback, item.query, { limit: 10, prefix: item.kind === 'prefix', ...(previous ? { threshold: false } : {}) });
    const { results } = response;
    const wanted = new Set([item.expect ?? '', ...(item.accept ?? [])].filter(Boolean));
    const position = results.findIndex((result) => wanted.has(result.articleId));
    const expected = results.find((result) => result.articleId === item.expect);
    return {
      item,
      rank: position >= 0 ? position + 1 : null,
      top: results.slice(0, 5).map((result) => result.articleId),
      anchorHit: item.anchor !== undefined && expected?.sections[0]?.anchor === item.anchor,
      noResults: results.length === 0 && (response.otherLanguage?.results.length ?? 0) === 0,
    };
  });
}

/** hit@1, hit@5, MRR@10 and anchor@1 over the answerable queries of a set of outcomes. */
export function summarizeOutcomes(all: readonly QueryOutcome[]): QualityFigures {
  const outcomes = all.filter((o) => isAnswerable(o.item));
  const n = outcomes.length || 1;
  const withAnchor = outcomes.filter((outcome) => outcome.item.anchor !== undefined);
  return {
    queries: outcomes.length,
    hitAt1: outcomes.filter((o) => o.rank === 1).length / n,
    hitAt5: outcomes.filter((o) => o.rank !== null && o.rank <= 5).length / n,
    mrrAt10: outcomes.reduce((sum, o) => sum + (o.rank !== null && o.rank <= 10 ? 1 / o.rank : 0), 0) / n,
    anchorAt1: withAnchor.filter((o) => o.anchorHit).length / (withAnchor.length || 1),
  };
}
