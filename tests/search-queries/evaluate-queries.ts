import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildSearchIndex } from '../../lib/search/build-index';
import { loadSearchIndex, searchIndex, type LoadedSearchIndex } from '../../lib/search/query';
import { getSynonymGroups, parseSynonyms } from '../../lib/search/synonyms';
import { loadContentArticles } from './load-content';

const querySchema = z.object({
  locale: z.string(),
  query: z.string().min(1),
  /** Article id that answers the query. */
  expect: z.string(),
  /** Section or FAQ anchor that answers it best, if one does. */
  anchor: z.string().optional(),
  /** Other articles that also fully answer it. */
  accept: z.array(z.string()).optional(),
  kind: z.enum(['question', 'paraphrase', 'keyword', 'typo', 'prefix', 'cross-script', 'regional', 'mixed']),
});

export type SearchQueryCase = z.infer<typeof querySchema>;

/** Per-query outcome: rank of the first acceptable article (1-based), or null. */
export interface QueryOutcome {
  item: SearchQueryCase;
  rank: number | null;
  top: string[];
  anchorHit: boolean;
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

/** Reads and validates `tests/search-queries/queries.json`. */
export function readQueryCases(file = fileURLToPath(new URL('queries.json', import.meta.url))): SearchQueryCase[] {
  return z.array(querySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Builds and loads one index per locale from a content folder, with its synonyms file. */
export function buildIndexesFromContent(contentDir: string, locales: readonly string[]): Map<string, LoadedSearchIndex> {
  const articles = loadContentArticles(contentDir);
  const synonyms = parseSynonyms(readFileSync(path.join(contentDir, 'synonyms.yml'), 'utf8'));
  return new Map(
    locales.map((locale) => [locale, loadSearchIndex(buildSearchIndex(articles, { locale, synonyms: getSynonymGroups(synonyms, locale) }))]),
  );
}

/** Runs every query against its locale's index. Queries are complete (no prefix matching on the last word) unless their kind is `prefix`. */
export function runQueryCases(indexes: ReadonlyMap<string, LoadedSearchIndex>, cases: readonly SearchQueryCase[]): QueryOutcome[] {
  return cases.map((item) => {
    const index = indexes.get(item.locale);
    if (!index) throw new Error(`No index for locale ${item.locale} (query "${item.query}")`);
    const { results } = searchIndex(index, item.query, { limit: 10, prefix: item.kind === 'prefix' });
    const wanted = new Set([item.expect, ...(item.accept ?? [])]);
    const position = results.findIndex((result) => wanted.has(result.articleId));
    const expected = results.find((result) => result.articleId === item.expect);
    return {
      item,
      rank: position >= 0 ? position + 1 : null,
      top: results.slice(0, 5).map((result) => result.articleId),
      anchorHit: item.anchor !== undefined && expected?.sections[0]?.anchor === item.anchor,
    };
  });
}

/** hit@1, hit@5, MRR@10 and anchor@1 over a set of outcomes. */
export function summarizeOutcomes(outcomes: readonly QueryOutcome[]): QualityFigures {
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
