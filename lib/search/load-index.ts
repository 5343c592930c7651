import type { Index } from 'flexsearch';
import { createTermIndex, importTermEntries } from './flex-fields';
import { createFolder, decodeCharMap, type FoldFn } from './fold';
import {
  SEARCH_INDEX_VERSION,
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

/** A vocabulary term's FlexSearch lookup: `[recordId, weight × TF_SCALE, …]` by record, and BM25 idf. */
export interface TermEntry {
  postings: Int32Array;
  idf: number;
}

/** A search index ready to answer queries, filled in shard by shard. */
export interface LoadedSearchIndex {
  locale: string;
  fold: FoldFn;
  /** Display data per article (`[id, url, title, category, categoryTitle]`), filled in as shards load. */
  articles: Array<LoadedArticle | undefined>;
  articleCount: number;
  /** Category slug and title of each article (category filter, display). */
  articleCategory: string[];
  articleCategoryTitle: string[];
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
  /** The FlexSearch index holding the loaded shards' entries. */
  termIndex: Index;
  /** Loaded terms: document frequency (idf, completion order) and the length of each weight-level slot FlexSearch stores. */
  termStats: Map<string, { df: number; slots: number[] }>;
  /** Looked-up terms, cached. */
  terms: Map<string, TermEntry>;
  articlesPerRecordShard: number;
  recordShardParts: Array<Part<RecordShard>>;
  recordShardLoaded: boolean[];
  recordRows: Array<RecordRow | undefined>;
  /** See `SearchIndexPayload.translations`: inline, a file name until fetched, or none (the default locale). */
  translations: Part<number[]> | undefined;
}

/** An article's display data: `[id, url, title, category, categoryTitle]`. */
export type LoadedArticle = [string, string, string, string, string];

function setArticle(index: LoadedSearchIndex, article: number, row: readonly unknown[]): void {
  index.articles[article] = [String(row[0]), String(row[1]), String(row[2]), index.articleCategory[article] ?? '', index.articleCategoryTitle[article] ?? ''];
}

/** Adds a fetched term shard (validated) to the index, with the display data it carries. */
export function addTermShard(index: LoadedSearchIndex, shardNo: number, data: unknown): void {
  const shard = data as Partial<TermShard> | null;
  const map = shard?.map;
  if (!shard || !Array.isArray(shard.terms) || !Array.isArray(shard.df) || !Array.isArray(map) || map.length !== shard.terms.length) {
    throw new SearchIndexFormatError(`Term shard ${shardNo} of the ${index.locale} search index is malformed; rebuild it with \`npm run content:build\`.`);
  }
  importTermEntries(index.termIndex, map);
  map.forEach(([term, slots], i) => index.termStats.set(term, { df: Number(shard.df?.[i] ?? 0), slots: slots.map((slot) => slot?.length ?? 0) }));
  for (const [article, ...row] of shard.articles ?? []) setArticle(index, article, row);
  for (const [record, ...row] of shard.records ?? []) index.recordRows[record] = row as RecordRow;
  index.termShardTerms[shardNo] = shard.terms.map(String);
}

/** Adds a fetched record shard (validated) to the index. */
export function addRecordShard(index: LoadedSearchIndex, shardNo: number, data: unknown): void {
  const shard = data as Partial<RecordShard> | null;
  if (!shard || !Array.isArray(shard.records) || !Array.isArray(shard.articles)) {
    throw new SearchIndexFormatError(`Record shard ${shardNo} of the ${index.locale} search index is malformed.`);
  }
  const firstArticle = shardNo * index.articlesPerRecordShard;
  shard.articles.forEach((row, i) => setArticle(index, firstArticle + i, row));
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
  const folder = payload.shardFolder;
  if (folder === undefined && (!payload.termShards.parts || !payload.recordShards.parts)) {
    throw new SearchIndexFormatError(`The ${payload.locale} search index names no shard folder for the shards it does not carry.`);
  }
  const inFolder = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${folder}/${prefix}${i}.json`);
  const index: LoadedSearchIndex = {
    locale: payload.locale,
    fold: createFolder(decodeCharMap(payload.charMap)),
    articles: new Array<LoadedArticle | undefined>(articleCount),
    articleCount,
    articleCategory: payload.articleCategories.map((category) => payload.categories[category] ?? ''),
    articleCategoryTitle: payload.articleCategories.map((category) => payload.categoryTitles[category] ?? ''),
    recordCount,
    articleStarts,
    recordArticle,
    ...indexSynonyms(payload),
    latinTerms: new Set(latinTermList),
    latinTermList,
    latinByLength: undefined,
    termShardStarts: payload.termShards.starts,
    termShardParts: payload.termShards.parts ?? inFolder('t', payload.termShards.starts.length),
    termShardTerms: new Array<string[] | undefined>(payload.termShards.starts.length),
    termIndex: createTermIndex(),
    termStats: new Map(),
    terms: new Map(),
    articlesPerRecordShard: payload.recordShards.articlesPerShard,
    recordShardParts: payload.recordShards.parts ?? inFolder('r', Math.max(1, Math.ceil(articleCount / payload.recordShards.articlesPerShard))),
    recordShardLoaded: [],
    recordRows: new Array<RecordRow | undefined>(recordCount),
    translations: payload.translations,
  };
  payload.termShards.parts?.forEach((part, i) => addTermShard(index, i, part));
  payload.recordShards.parts?.forEach((part, i) => addRecordShard(index, i, part));
  return index;
}
