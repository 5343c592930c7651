import { createFolder, decodeCharMap, type FoldFn } from './fold';
import {
  SEARCH_INDEX_VERSION,
  type ArticleRow,
  type Part,
  type RecordRow,
  type RecordShard,
  type SearchIndexPayload,
  type TermShard,
} from './index-payload';
import { SearchIndexFormatError } from './search-errors';
import { tokenizeFolded } from './tokenize';

/** One synonym entry (word or phrase) as index terms, with the group it belongs to. */
export interface SynonymEntry {
  terms: string[];
  group: number;
}

/** A vocabulary term from a loaded shard; postings decode on first use. */
export interface TermEntry {
  encoded: string;
  postings: Int32Array | undefined;
  idf: number;
}

/** A search index ready to answer queries, filled in shard by shard. */
export interface LoadedSearchIndex {
  locale: string;
  fold: FoldFn;
  /** Display data per article, filled in as record shards load. */
  articles: Array<ArticleRow | undefined>;
  articleCount: number;
  /** Category slug of each article (category filter). */
  articleCategory: string[];
  recordCount: number;
  /** First record id of each article, plus one past the last record. */
  articleStarts: Int32Array;
  /** Article of each record. */
  recordArticle: Int32Array;
  /** Synonym entries keyed by their first term, longest first. */
  synonymEntries: Map<string, SynonymEntry[]>;
  synonymGroups: SynonymEntry[][];
  latinTerms: Set<string>;
  /** The same, sorted (prefix checks). */
  latinTermList: string[];
  /** Lazily built: Latin terms by length, for typo matching. */
  latinByLength: Map<number, string[]> | undefined;
  termShardStarts: string[];
  termShardParts: Array<Part<TermShard>>;
  /** Sorted terms of each loaded term shard (prefix matching). */
  termShardTerms: Array<string[] | undefined>;
  terms: Map<string, TermEntry>;
  recordShardFirstArticles: number[];
  recordShardParts: Array<Part<RecordShard>>;
  recordShardLoaded: boolean[];
  recordRows: Array<RecordRow | undefined>;
}

/** Adds a fetched term shard (validated) to the index. */
export function addTermShard(index: LoadedSearchIndex, shardNo: number, data: unknown): void {
  const shard = data as Partial<TermShard> | null;
  if (!shard || !Array.isArray(shard.terms) || !Array.isArray(shard.postings) || shard.terms.length !== shard.postings.length) {
    throw new SearchIndexFormatError(`Term shard ${shardNo} of the ${index.locale} search index is malformed.`);
  }
  const terms = shard.terms.map(String);
  terms.forEach((term, i) => index.terms.set(term, { encoded: String(shard.postings?.[i] ?? ''), postings: undefined, idf: -1 }));
  index.termShardTerms[shardNo] = terms;
}

/** Adds a fetched record shard (validated) to the index. */
export function addRecordShard(index: LoadedSearchIndex, shardNo: number, data: unknown): void {
  const shard = data as Partial<RecordShard> | null;
  if (!shard || !Array.isArray(shard.records) || !Array.isArray(shard.articles)) {
    throw new SearchIndexFormatError(`Record shard ${shardNo} of the ${index.locale} search index is malformed.`);
  }
  const firstArticle = index.recordShardFirstArticles[shardNo] ?? 0;
  shard.articles.forEach((row, i) => (index.articles[firstArticle + i] = row));
  let record = index.articleStarts[firstArticle] ?? 0;
  for (const row of shard.records) index.recordRows[record++] = row;
  index.recordShardLoaded[shardNo] = true;
}

function indexSynonyms(payload: SearchIndexPayload): Pick<LoadedSearchIndex, 'synonymEntries' | 'synonymGroups'> {
  const synonymEntries = new Map<string, SynonymEntry[]>();
  const synonymGroups = payload.synonyms.map((group, groupIndex) =>
    group.map((entry) => ({ terms: tokenizeFolded(entry).map((token) => token.term), group: groupIndex })),
  );
  for (const entry of synonymGroups.flat()) {
    const first = entry.terms[0];
    if (first === undefined) continue;
    const list = synonymEntries.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.terms.length - a.terms.length);
    synonymEntries.set(first, list);
  }
  return { synonymEntries, synonymGroups };
}

/**
 * Prepares a payload from `buildSearchIndex` (or a `*.json` file written by
 * `writeSearchIndexes`) for querying, taking in the shards it carries inline.
 * Shards stored as separate files are fetched by `searchIndexAsync`. Runs in
 * Node and in a Web Worker.
 */
export function loadSearchIndex(payload: SearchIndexPayload): LoadedSearchIndex {
  if (payload.version !== SEARCH_INDEX_VERSION) {
    throw new SearchIndexFormatError(`Search index version ${String(payload.version)} is not supported (expected ${SEARCH_INDEX_VERSION}).`);
  }
  const articleCount = payload.recordCounts.length;
  const articleStarts = new Int32Array(articleCount + 1);
  payload.recordCounts.forEach((count, article) => (articleStarts[article + 1] = (articleStarts[article] ?? 0) + count));
  const recordCount = articleStarts[articleCount] ?? 0;
  const recordArticle = new Int32Array(recordCount);
  const latinTermList = payload.latinTerms.split(' ').filter(Boolean);
  payload.recordCounts.forEach((count, article) => recordArticle.fill(article, articleStarts[article], (articleStarts[article] ?? 0) + count));
  const index: LoadedSearchIndex = {
    locale: payload.locale,
    fold: createFolder(decodeCharMap(payload.charMap)),
    articles: new Array<ArticleRow | undefined>(articleCount),
    articleCount,
    articleCategory: payload.articleCategories.map((category) => payload.categories[category] ?? ''),
    recordCount,
    articleStarts,
    recordArticle,
    ...indexSynonyms(payload),
    latinTerms: new Set(latinTermList),
    latinTermList,
    latinByLength: undefined,
    termShardStarts: payload.termShards.starts,
    termShardParts: payload.termShards.parts,
    termShardTerms: new Array<string[] | undefined>(payload.termShards.parts.length),
    terms: new Map(),
    recordShardFirstArticles: payload.recordShards.firstArticles,
    recordShardParts: payload.recordShards.parts,
    recordShardLoaded: payload.recordShards.parts.map(() => false),
    recordRows: new Array<RecordRow | undefined>(recordCount),
  };
  payload.termShards.parts.forEach((part, i) => typeof part !== 'string' && addTermShard(index, i, part));
  payload.recordShards.parts.forEach((part, i) => typeof part !== 'string' && addRecordShard(index, i, part));
  return index;
}
