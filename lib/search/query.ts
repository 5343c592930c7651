import { assessHit, missingWeight } from './confidence';
import { findRecordShards, findTermShards } from './index-lookup';
import { addRecordShard, addTermShard, type LoadedSearchIndex } from './load-index';
import { planQuery, type PlannedConcept } from './query-plan';
import { resolvePlan, type Concept } from './resolve-plan';
import { buildResults, type SearchResult } from './group-results';
import { rankArticles, type ArticleHit } from './rank-articles';
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
  /** False: every hit counts as confident, as before confidence thresholds (benchmark comparisons only). */
  threshold?: boolean;
}

/** An FAQ entry that answers the query: the start of its answer as plain text, and its link. */
export interface SearchAnswerEntry {
  articleId: string;
  /** The question. */
  heading: string;
  /** Article URL with the entry's `#anchor`. */
  url: string;
  text: string;
}

/** Ranked answer to one query. */
export interface SearchResponse {
  query: string;
  /** Confident answers, best first, each with its best sections (empty: the no-results state). */
  results: SearchResult[];
  /** Number of confident answers (match quality is assessed for the first `limit` ranked hits, so at most `limit`). */
  total: number;
  /** Hits below the confidence threshold; show them only visibly marked as weak matches, and only when `results` is empty. */
  weak?: SearchResult[];
  /** Set when the best answer is an FAQ entry that clearly answers the query. */
  answer?: SearchAnswerEntry;
  /** Default-locale hits whose article has no translation in the visitor's language (their URLs are default-locale pages). */
  otherLanguage?: { locale: string; results: SearchResult[] };
}

/** Fetches a shard file named in the payload (relative to the payload's URL) and returns its parsed JSON. */
export type FetchPart = (file: string) => Promise<unknown>;

/**
 * Confidence thresholds (tuned on the query set, `npm run bench:search -- --misses`): the
 * best hit must match at least MIN_QUALITY of the query (see `confidence.ts`); the others
 * at least MIN_QUALITY too and RELATIVE_SCORE of the best hit's score.
 */
export const MIN_QUALITY = 0.42;
export const RELATIVE_SCORE = 0.3;
/** An FAQ entry is shown inline when it is the best record of a hit this good and this far ahead of the next article. */
const ANSWER_QUALITY = 0.6;
const ANSWER_LEAD = 1.5;

/** @internal A query's ranking before it becomes a response (the fallback merges two of them). */
export interface Ranked {
  concepts: Concept[];
  confident: ArticleHit[];
  weak: ArticleHit[];
  /** Match quality of each hit in `confident` then `weak`, by article. */
  quality: Map<number, number>;
}

/** @internal */
export function rankQuery(index: LoadedSearchIndex, query: string, options: SearchOptions, plan = planQuery(index, query, options.prefix ?? true)): Ranked {
  const dropped: PlannedConcept[] = [];
  const concepts = resolvePlan(index, plan, dropped);
  const limit = options.limit ?? 10;
  const ranked = rankArticles(index, concepts, options.category, limit);
  const missing = missingWeight(index, dropped);
  const top = ranked[0]?.score ?? 0;
  const quality = new Map<number, number>();
  const confident: ArticleHit[] = [];
  const weak: ArticleHit[] = [];
  ranked.forEach((hit, i) => {
    // Match quality needs the hit's records, which rankArticles details for the first `limit` only.
    const q = i < limit ? assessHit(index, concepts, hit, missing).quality : 0;
    if (i < limit) quality.set(hit.article, q);
    if (options.threshold === false || (q >= MIN_QUALITY && hit.score >= RELATIVE_SCORE * top)) confident.push(hit);
    else if (i < limit && weak.length < limit) weak.push(hit);
  });
  return { concepts, confident, weak, quality };
}

function findAnswer(index: LoadedSearchIndex, ranked: Ranked, results: readonly SearchResult[]): SearchAnswerEntry | undefined {
  const [best, next] = ranked.confident;
  const result = results[0];
  if (!best || !result || (ranked.quality.get(best.article) ?? 0) < ANSWER_QUALITY) return undefined;
  if (next && best.score < ANSWER_LEAD * next.score) return undefined;
  const record = best.records[0]?.record;
  const row = record === undefined ? undefined : index.recordRows[record];
  if (!row || row[0] !== 2 || !row[4]) return undefined;
  return { articleId: result.articleId, heading: row[2], url: `${result.url}#${row[1]}`, text: row[4] };
}

/** @internal */
export function respond(index: LoadedSearchIndex, query: string, ranked: Ranked, options: SearchOptions, withWeak = true): SearchResponse {
  const limit = options.limit ?? 10;
  const results = buildResults(index, ranked.concepts, ranked.confident.slice(0, limit), options);
  const response: SearchResponse = { query, results, total: ranked.confident.length };
  if (withWeak && results.length === 0 && ranked.weak.length > 0) response.weak = buildResults(index, ranked.concepts, ranked.weak.slice(0, limit), options);
  const answer = findAnswer(index, ranked, results);
  if (answer) response.answer = answer;
  return response;
}

/**
 * Answers a query from the shards already loaded (all of them for an index
 * loaded from a single-file payload): confident results grouped by article,
 * best first, ranked by idf-weighted coverage and BM25F (see
 * `rank-articles.ts`), the rest as weak matches; not every word has to match.
 * Throws `SearchShardNotLoadedError` if a needed shard is not loaded; use
 * {@link searchIndexAsync} for sharded indexes.
 */
export function searchIndex(index: LoadedSearchIndex, query: string, options: SearchOptions = {}): SearchResponse {
  const plan = planQuery(index, query, options.prefix ?? true);
  const missing = findTermShards(index, plan.terms, plan.prefixes).filter((shard) => !index.termShardTerms[shard]);
  if (missing.length > 0) throw new SearchShardNotLoadedError(`Term shards ${missing.join(', ')} are`);
  return respond(index, query, rankQuery(index, query, options, plan), options);
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

/** Loads the given term shards (the ones not loaded yet). */
export function loadTermShards(index: LoadedSearchIndex, shards: readonly number[], fetchPart: FetchPart): Promise<void[]> {
  return loadParts(index, 'term', shards, fetchPart);
}

function loadRecordShards(index: LoadedSearchIndex, articles: readonly number[], fetchPart: FetchPart): Promise<void[]> {
  const shards = findRecordShards(index, articles).filter((shard) => !index.recordShardLoaded[shard]);
  return loadParts(index, 'record', shards, fetchPart);
}

/** Loads the record shards of the given articles unless every record of each is loaded (a fallback hit shown as its translation). */
export function loadArticleRecords(index: LoadedSearchIndex, articles: readonly number[], fetchPart: FetchPart): Promise<void[]> {
  const incomplete = articles.filter((article) => {
    if (!index.articles[article]) return true;
    for (let record = index.articleStarts[article] ?? 0; record < (index.articleStarts[article + 1] ?? 0); record += 1) if (!index.recordRows[record]) return true;
    return false;
  });
  return loadRecordShards(index, incomplete, fetchPart);
}

/**
 * Loads what showing these hits needs and is not loaded: nothing when their term shards
 * carried it (every sharded index does), the record shards otherwise.
 */
export function loadShownRecords(index: LoadedSearchIndex, hits: readonly ArticleHit[], fetchPart: FetchPart): Promise<void[]> {
  const missing = hits.filter(
    (hit) => !index.articles[hit.article] || !index.recordRows[index.articleStarts[hit.article] ?? 0] || hit.records.some(({ record }) => !index.recordRows[record]),
  );
  return loadRecordShards(index, missing.map((hit) => hit.article), fetchPart);
}

/**
 * Like {@link searchIndex}, fetching first the term shards the query needs: one
 * round, since they carry the display data of whatever they let the query rank.
 * Fetched shards stay in the index, so later queries (the next keystroke)
 * rarely fetch again.
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
  const ranked = rankQuery(index, query, options, plan);
  const limit = options.limit ?? 10;
  const shown = ranked.confident.length > 0 ? ranked.confident.slice(0, limit) : ranked.weak.slice(0, limit);
  await loadShownRecords(index, shown, fetchPart);
  return respond(index, query, ranked, options);
}
