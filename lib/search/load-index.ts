import type { Index } from 'flexsearch';
import { FIELDS, FIELD_B, createFieldIndex, decodeFieldLengths, importFieldMap, type FlexMapEntry } from './flex-fields';
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

/** A vocabulary term's FlexSearch lookups, merged over fields: `[recordId, weight × TF_SCALE, …]` by record, and BM25 idf. */
export interface TermEntry {
  postings: Int32Array;
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
  /** One FlexSearch index per field (see `FIELDS`), holding the loaded shards' entries. */
  fieldIndexes: Index[];
  /** Per field, each record's BM25F length normalisation `1 − b + b · length / average`. */
  fieldNorms: Float32Array[];
  /** Loaded terms with the summed length of their field id lists (completion order). */
  termSizes: Map<string, number>;
  /** Looked-up terms, cached. */
  terms: Map<string, TermEntry>;
  recordShardFirstArticles: number[];
  recordShardParts: Array<Part<RecordShard>>;
  recordShardLoaded: boolean[];
  recordRows: Array<RecordRow | undefined>;
  /** See `SearchIndexPayload.translations`: inline, a file name until fetched, or none (the default locale). */
  translations: Part<number[]> | undefined;
}

/** Adds a fetched term shard (validated) to the index. */
export function addTermShard(index: LoadedSearchIndex, shardNo: number, data: unknown): void {
  const shard = data as Partial<TermShard> | null;
  const map = shard?.map;
  if (!shard || !Array.isArray(shard.terms) || !Array.isArray(map) || map.length !== FIELDS.length || !map.every(Array.isArray)) {
    throw new SearchIndexFormatError(`Term shard ${shardNo} of the ${index.locale} search index is malformed; rebuild it with \`npm run content:build\`.`);
  }
  map.forEach((entries: FlexMapEntry[], f) => {
    const fieldIndex = index.fieldIndexes[f];
    if (fieldIndex) importFieldMap(fieldIndex, entries);
    for (const [term, slots] of entries) index.termSizes.set(term, (index.termSizes.get(term) ?? 0) + (slots[0]?.length ?? 0));
  });
  index.termShardTerms[shardNo] = shard.terms.map(String);
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

function computeNorms(payload: SearchIndexPayload, recordCount: number): Float32Array[] {
  if (!Array.isArray(payload.fieldLengths) || payload.fieldLengths.length !== FIELDS.length || payload.fieldLengths.some((part) => part.length !== recordCount)) {
    throw new SearchIndexFormatError(`The ${payload.locale} search index has no field lengths; rebuild it with \`npm run content:build\`.`);
  }
  return FIELDS.map((field, f) => {
    const lengths = decodeFieldLengths(payload.fieldLengths[f] ?? '');
    const present = lengths.filter((length) => length > 0);
    const average = present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 1;
    const norms = new Float32Array(recordCount);
    for (let record = 0; record < recordCount; record += 1) norms[record] = 1 - FIELD_B[field] + (FIELD_B[field] * (lengths[record] ?? 0)) / average;
    return norms;
  });
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
    fieldIndexes: FIELDS.map(() => createFieldIndex()),
    fieldNorms: computeNorms(payload, recordCount),
    termSizes: new Map(),
    terms: new Map(),
    recordShardFirstArticles: payload.recordShards.firstArticles,
    recordShardParts: payload.recordShards.parts,
    recordShardLoaded: payload.recordShards.parts.map(() => false),
    recordRows: new Array<RecordRow | undefined>(recordCount),
    translations: payload.translations,
  };
  payload.termShards.parts.forEach((part, i) => typeof part !== 'string' && addTermShard(index, i, part));
  payload.recordShards.parts.forEach((part, i) => typeof part !== 'string' && addRecordShard(index, i, part));
  return index;
}
