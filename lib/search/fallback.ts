/*
 * Search across languages. When the visitor's language finds nothing confident, or the query is
 * mostly Latin letters on a site in another script (an English feature name on a Chinese page),
 * the default locale's index is searched too and the two rankings merge by match quality: a
 * default-locale hit whose article exists in the visitor's language is shown as that
 * translation (`matchedIn`), the others under `otherLanguage`. The visitor's index carries the
 * map from default-locale article numbers to its own (`translations`), so the translation's
 * title, link, description and headings come from its own records.
 */
import { planQuery } from './query-plan';
import { findTermShards } from './index-lookup';
import type { LoadedSearchIndex } from './load-index';
import type { SearchResult, SearchSectionHit } from './group-results';
import { loadArticleRecords, loadShownRecords, loadTermShards, rankQuery, respond, searchIndexAsync, type FetchPart, type Ranked, type SearchAnswerEntry, type SearchOptions, type SearchResponse } from './query';
import { SearchIndexFormatError, SearchShardNotLoadedError } from './search-errors';

const LATIN = /[a-z]/gi;
const HAN = /\p{sc=Han}/gu;

/** True when a query is mostly Latin letters (a Han character counts as two letters). */
export function isMostlyLatin(query: string): boolean {
  const latin = query.match(LATIN)?.length ?? 0;
  const han = query.match(HAN)?.length ?? 0;
  return latin > 0 && latin > 2 * han;
}

/** True when the visitor's-language response should be completed from the default locale. */
export function needsFallback(local: SearchResponse, query: string, index: LoadedSearchIndex): boolean {
  return index.translations !== undefined && (local.results.length === 0 || (isMostlyLatin(query) && !index.locale.startsWith('en')));
}

function translationsOf(index: LoadedSearchIndex): number[] {
  const map = index.translations;
  if (!Array.isArray(map)) throw new SearchShardNotLoadedError(`The translation map of the ${index.locale} index is`);
  return map;
}

// The visitor-language version of a default-locale hit: its own title, link, description and the
// sections with the same anchors (heading ids are shared across translations).
function translate(local: LoadedSearchIndex, article: number, foreign: SearchResult): SearchResult {
  const row = local.articles[article];
  if (!row) throw new SearchShardNotLoadedError(`The record shard of ${local.locale} article ${article} is`);
  const [articleId, url, title, category, categoryTitle] = row;
  const start = local.articleStarts[article] ?? 0;
  const end = local.articleStarts[article + 1] ?? start;
  const byAnchor = new Map<string, [number, string, string, string]>();
  for (let record = start; record < end; record += 1) {
    const r = local.recordRows[record];
    if (r && r[1]) byAnchor.set(r[1], [r[0], r[1], r[2], r[3]]);
  }
  const sections = foreign.sections.flatMap((section): SearchSectionHit[] => {
    const found = byAnchor.get(section.anchor);
    return found ? [{ kind: found[0] === 2 ? 'faq' : 'section', anchor: found[1], heading: found[2], url: `${url}#${found[1]}`, snippet: found[3], score: section.score }] : [];
  });
  const anchor = foreign.bestUrl.split('#')[1];
  return {
    articleId,
    url,
    bestUrl: anchor && byAnchor.has(anchor) ? `${url}#${anchor}` : url,
    title,
    category,
    categoryTitle,
    snippet: local.recordRows[start]?.[3] ?? '',
    score: foreign.score,
    sections,
    terms: [],
    matchedIn: foreign.matchedIn ?? '',
  };
}

function translateAnswer(local: LoadedSearchIndex, article: number, answer: SearchAnswerEntry): SearchAnswerEntry | undefined {
  const anchor = answer.url.split('#')[1];
  const row = local.articles[article];
  const start = local.articleStarts[article] ?? 0;
  const end = local.articleStarts[article + 1] ?? start;
  for (let record = start; record < end && row; record += 1) {
    const r = local.recordRows[record];
    if (r && r[0] === 2 && r[1] === anchor && r[4]) return { articleId: row[0], heading: r[2], url: `${row[1]}#${anchor}`, text: r[4] };
  }
  return undefined;
}

/** Default-locale hits shown (confident ones, else weak ones), with their article numbers in the visitor's index (-1: no translation). */
function foreignShown(ranked: Ranked, limit: number, map: readonly number[]): Array<{ foreign: number; local: number }> {
  return ranked.confident.slice(0, limit).map((hit) => ({ foreign: hit.article, local: map[hit.article] ?? -1 }));
}

/**
 * Merges the visitor-language ranking with the default locale's: confident hits of both by
 * match quality (the visitor's language first on ties), one result per article.
 */
function merge(local: LoadedSearchIndex, localRanked: Ranked, foreign: LoadedSearchIndex, foreignRanked: Ranked, query: string, options: SearchOptions): SearchResponse {
  const limit = options.limit ?? 10;
  const localResponse = respond(local, query, localRanked, options);
  // Only the default locale's confident hits are merged (their records are the ones loaded).
  const foreignResponse = respond(foreign, query, foreignRanked, options, false);
  const map = translationsOf(local);
  const shown = foreignShown(foreignRanked, limit, map);
  const candidates: Array<{ result: SearchResult; quality: number; local: number | null }> = [
    ...localResponse.results.map((result, i) => ({ result, quality: localRanked.quality.get(localRanked.confident[i]?.article ?? -1) ?? 0, local: null })),
    ...foreignResponse.results.map((result, i) => {
      const article = shown[i]?.local ?? -1;
      const quality = foreignRanked.quality.get(shown[i]?.foreign ?? -1) ?? 0;
      return article >= 0
        ? { result: translate(local, article, { ...result, matchedIn: foreign.locale }), quality, local: article }
        : { result, quality, local: -1 };
    }),
  ];
  candidates.sort((a, b) => b.quality - a.quality);
  const seen = new Set<string>();
  const results: SearchResult[] = [];
  const other: SearchResult[] = [];
  let answerFrom: { local: number | null } | undefined;
  for (const candidate of candidates) {
    if (seen.has(candidate.result.articleId)) continue;
    seen.add(candidate.result.articleId);
    if (candidate.local === -1) other.push(candidate.result);
    else if (results.length < limit) {
      if (results.length === 0) answerFrom = candidate;
      results.push(candidate.result);
    }
  }
  const response: SearchResponse = { query, results, total: results.length };
  if (answerFrom?.local === null && localResponse.answer) response.answer = localResponse.answer;
  else if (answerFrom && answerFrom.local !== null && answerFrom.local >= 0 && foreignResponse.answer && foreignResponse.answer.articleId === foreignResponse.results[0]?.articleId) {
    const translated = translateAnswer(local, answerFrom.local, foreignResponse.answer);
    if (translated) response.answer = translated;
  }
  if (other.length > 0) response.otherLanguage = { locale: foreign.locale, results: other.slice(0, limit) };
  if (results.length === 0 && other.length === 0 && localResponse.weak) response.weak = localResponse.weak;
  return response;
}

/**
 * {@link searchIndex} in the visitor's index, completed from the default locale's index
 * (`fallback`) when {@link needsFallback} says so. Every shard must be loaded (single-file
 * payloads); the worker uses {@link searchWithFallbackAsync}.
 */
export function searchWithFallback(local: LoadedSearchIndex, fallback: LoadedSearchIndex | undefined, query: string, options: SearchOptions = {}): SearchResponse {
  const localRanked = rankQuery(local, query, options);
  const localResponse = respond(local, query, localRanked, options);
  if (!fallback || !needsFallback(localResponse, query, local)) return localResponse;
  return merge(local, localRanked, fallback, rankQuery(fallback, query, options), query, options);
}

/**
 * The worker's search: the visitor's index first; when the fallback is needed, the default
 * locale's index (`getFallback` loads it, once) and the translation map are fetched, then the
 * term shards the query needs in it, then the record shards of the translations shown.
 */
export async function searchWithFallbackAsync(
  local: LoadedSearchIndex,
  query: string,
  fetchLocal: FetchPart,
  getFallback: (() => Promise<{ index: LoadedSearchIndex; fetchPart: FetchPart }>) | undefined,
  options: SearchOptions = {},
  localResponse?: SearchResponse,
): Promise<SearchResponse> {
  const first = localResponse ?? (await searchIndexAsync(local, query, fetchLocal, options));
  if (!getFallback || !needsFallback(first, query, local)) return first;
  const [{ index: foreign, fetchPart }] = await Promise.all([getFallback(), loadTranslations(local, fetchLocal)]);
  const plan = planQuery(foreign, query, options.prefix ?? true);
  await loadTermShards(foreign, findTermShards(foreign, plan.terms, plan.prefixes).filter((shard) => !foreign.termShardTerms[shard]), fetchPart);
  const localRanked = rankQuery(local, query, options);
  const foreignRanked = rankQuery(foreign, query, options, plan);
  const limit = options.limit ?? 10;
  const map = translationsOf(local);
  const foreignHits = foreignRanked.confident.slice(0, limit);
  await Promise.all([
    loadShownRecords(foreign, foreignHits, fetchPart),
    loadArticleRecords(local, foreignHits.map((hit) => map[hit.article] ?? -1).filter((article) => article >= 0), fetchLocal),
  ]);
  return merge(local, localRanked, foreign, foreignRanked, query, options);
}

const translationLoads = new WeakMap<LoadedSearchIndex, Promise<void>>();

/** Fetches the visitor index's translation map if it is a file of its own (once). */
export function loadTranslations(index: LoadedSearchIndex, fetchPart: FetchPart): Promise<void> {
  const part = index.translations;
  if (typeof part !== 'string') return Promise.resolve();
  let promise = translationLoads.get(index);
  if (!promise) {
    promise = fetchPart(part).then((data) => {
      if (!Array.isArray(data) || !data.every((n) => Number.isInteger(n))) {
        throw new SearchIndexFormatError(`The translation map of the ${index.locale} search index is malformed.`);
      }
      index.translations = data as number[];
    });
    promise.catch(() => translationLoads.delete(index));
    translationLoads.set(index, promise);
  }
  return promise;
}
