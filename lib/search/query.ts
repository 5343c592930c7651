import { findRecordShards, findTermShards } from './index-lookup';
import { addRecordShard, addTermShard, type LoadedSearchIndex } from './load-index';
import { planQuery } from './query-plan';
import { resolvePlan } from './resolve-plan';
import { buildResults, type SearchResult } from './group-results';
import { rankArticles } from './rank-articles';
import { SearchShardNotLoadedError } from './search-errors';

export { loadSearchIndex, type LoadedSearchIndex } from './load-index';
export { SearchIndexFormatError, SearchShardNotLoadedError } from './search-errors';
export type { SearchResult, SearchSectionHit } from './group-results';

/** Options for {@link searchIndex}. */
export interface SearchOptions {
  /** Most articles to return (default 10). */
  limit?: number;
  /** Only articles of this category slug. */
  category?: string;
  /** Treat the last word as unfinished and match it as a prefix (default true; never when the query ends in a space or punctuation). */
  prefix?: boolean;
  /** Most sections listed under one article (default 3). */
  maxSections?: number;
}

/** Ranked answer to one query. */
export interface SearchResponse {
  query: string;
  /** Articles best first, each with its best sections. */
  results: SearchResult[];
  /** Number of articles that matched, before `limit`. */
  total: number;
}

/** Fetches a shard file named in the payload (relative to the payload's URL) and returns its parsed JSON. */
export type FetchPart = (file: string) => Promise<unknown>;

/**
 * Answers a query from the shards already loaded (all of them for an index
 * loaded from a single-file payload): results grouped by article, best first,
 * ranked by idf-weighted coverage and BM25F (see `rank-articles.ts`); not
 * every word has to match. Throws `SearchShardNotLoadedError` if a needed
 * shard is not loaded; use {@link searchIndexAsync} for sharded indexes.
 */
export function searchIndex(index: LoadedSearchIndex, query: string, options: SearchOptions = {}): SearchResponse {
  const plan = planQuery(index, query, options.prefix ?? true);
  const missing = findTermShards(index, plan.terms, plan.prefixes).filter((shard) => !index.termShardTerms[shard]);
  if (missing.length > 0) throw new SearchShardNotLoadedError(`Term shards ${missing.join(', ')} are`);
  const concepts = resolvePlan(index, plan);
  const limit = options.limit ?? 10;
  const ranked = rankArticles(index, concepts, options.category, limit);
  return { query, results: buildResults(index, concepts, ranked.slice(0, limit), options), total: ranked.length };
}

const inFlight = new WeakMap<LoadedSearchIndex, Map<string, Promise<void>>>();

// Loads shards once even when overlapping queries (fast typing) ask for the same one; a failed fetch can be retried.
function loadParts(index: LoadedSearchIndex, kind: 'term' | 'record', shards: readonly number[], fetchPart: FetchPart): Promise<void[]> {
  const pending = inFlight.get(index) ?? new Map<string, Promise<void>>();
  inFlight.set(index, pending);
  return Promise.all(
    shards.map((shard) => {
      const key = `${kind}${shard}`;
      let promise = pending.get(key);
      if (!promise) {
        const part = kind === 'term' ? index.termShardParts[shard] : index.recordShardParts[shard];
        const add = kind === 'term' ? addTermShard : addRecordShard;
        promise = (typeof part === 'string' ? fetchPart(part) : Promise.resolve(part)).then((data) => add(index, shard, data));
        pending.set(key, promise);
        promise.catch(() => pending.delete(key));
      }
      return promise;
    }),
  );
}

/**
 * Like {@link searchIndex}, fetching first the term shards the query needs and
 * then the record shards of the articles it returns. Fetched shards stay in
 * the index, so later queries (the next keystroke) rarely fetch again.
 */
export async function searchIndexAsync(
  index: LoadedSearchIndex,
  query: string,
  fetchPart: FetchPart,
  options: SearchOptions = {},
): Promise<SearchResponse> {
  const plan = planQuery(index, query, options.prefix ?? true);
  const termShards = findTermShards(index, plan.terms, plan.prefixes).filter((shard) => !index.termShardTerms[shard]);
  await loadParts(index, 'term', termShards, fetchPart);
  const concepts = resolvePlan(index, plan);
  const limit = options.limit ?? 10;
  const ranked = rankArticles(index, concepts, options.category, limit);
  const shown = ranked.slice(0, limit);
  const recordShards = findRecordShards(index, shown.map((hit) => hit.article)).filter((shard) => !index.recordShardLoaded[shard]);
  await loadParts(index, 'record', recordShards, fetchPart);
  return { query, results: buildResults(index, concepts, shown, options), total: ranked.length };
}
