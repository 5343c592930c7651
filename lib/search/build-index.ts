/**
 * Builds one locale's search index payload at build time.
 *
 * Why our own inverted index and not FlexSearch 0.8: visitors type whole
 * questions, and the ranking must weigh how well the matched words cover a
 * record (idf-weighted, BM25-like) without requiring every word. FlexSearch
 * scores a hit by the position "resolution" slot a term falls in and, with
 * `suggest`, only appends partial matches after full intersections; it keeps no
 * document frequencies, so it cannot compute idf, and field boosts in its
 * Document index only order field result lists. BM25F needs per-term document
 * frequency and per-record weighted term frequency, which means shipping
 * postings with weights anyway; FlexSearch's export (many keyed chunks from an
 * async handler, re-imported into an index created with the identical
 * configuration and encoder functions) would add ~50 KB of library plus its own
 * copy of the postings, and it has no way to load only the part of an index a
 * query needs. This payload is compact JSON, shardable by term range so that a
 * large site's visitors download only what their query touches, and the query
 * code is a few KB.
 */
import { buildChineseCharMap, pruneCharMap } from './build-char-map';
import { extractRecords, type ArticleInput, type SearchRecord } from './extract-records';
import { createFolder, encodeCharMap, type CharMap, type FoldFn } from './fold';
import {
  SEARCH_INDEX_VERSION,
  TF_SCALE,
  encodePostings,
  type ArticleRow,
  type RecordRow,
  type SearchIndexPayload,
} from './index-payload';
import { cutRecordShards, cutTermShards } from './shard-payload';
import type { SynonymGroups } from './synonyms';
import { tokenizeFolded } from './tokenize';

type FieldName = keyof SearchRecord['fields'];

/** BM25F field weights: title, keywords and headings count more than body text. */
const FIELD_WEIGHTS: Record<FieldName, number> = { title: 4, keywords: 3, heading: 2.5, description: 1.5, body: 1 };
/** Length normalisation per field: short fields barely, body text fully. */
const FIELD_B: Record<FieldName, number> = { title: 0.3, keywords: 0.2, heading: 0.3, description: 0.5, body: 0.75 };
const FIELDS = Object.keys(FIELD_WEIGHTS) as FieldName[];
const KIND_CODES = { article: 0, section: 1, faq: 2 } as const;

/** Options for {@link buildSearchIndex}. */
export interface BuildSearchIndexOptions {
  locale: string;
  /** Groups for this locale (see `getSynonymGroups`). */
  synonyms?: SynonymGroups;
  /** Defaults to the opencc-derived map; tests may pass a smaller one. */
  charMap?: CharMap;
  /** Raw JSON bytes per term shard and per record shard (see `shard-payload.ts`). */
  termShardBytes?: number;
  recordShardBytes?: number;
}

interface FieldCounts {
  counts: Map<string, number>;
  length: number;
}

function countField(text: string, fold: FoldFn, keepStopWords: boolean, used: Set<string>): FieldCounts {
  const folded = fold(text);
  for (const ch of folded) if (ch.charCodeAt(0) >= 0x2e80) used.add(ch);
  const counts = new Map<string, number>();
  let length = 0;
  for (const token of tokenizeFolded(folded)) {
    length += 1;
    if (token.stop && !keepStopWords) continue;
    counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
  }
  return { counts, length };
}

/**
 * Builds the search index payload for one locale from its published articles
 * (drafts already removed), with every shard inline; `writeSearchIndexes`
 * moves shards to their own files when the index is large. Records come from
 * `extractRecords`; each term's weight per record is BM25F's length-normalised,
 * field-weighted term frequency, so queries only add idf and saturation. Stop
 * words are indexed from title, heading, keyword and description fields only.
 */
export function buildSearchIndex(articles: readonly ArticleInput[], options: BuildSearchIndexOptions): SearchIndexPayload {
  const fullMap = options.charMap ?? buildChineseCharMap();
  const fold = createFolder(fullMap);
  const used = new Set<string>();
  const localeArticles = articles.filter((article) => article.locale === options.locale);
  const articleRows: ArticleRow[] = [];
  const recordRows: RecordRow[][] = [];
  const perRecord: Array<Record<FieldName, FieldCounts>> = [];
  for (const article of localeArticles) {
    articleRows.push([article.id, article.url, article.title, article.category, article.categoryTitle]);
    const rows: RecordRow[] = [];
    recordRows.push(rows);
    for (const record of extractRecords(article)) {
      rows.push([KIND_CODES[record.kind], record.anchor ?? '', record.heading ?? '', record.snippet]);
      const fields = {} as Record<FieldName, FieldCounts>;
      for (const field of FIELDS) fields[field] = countField(record.fields[field], fold, field !== 'body', used);
      perRecord.push(fields);
    }
  }
  const averages = {} as Record<FieldName, number>;
  for (const field of FIELDS) {
    const lengths = perRecord.map((fields) => fields[field].length).filter((length) => length > 0);
    averages[field] = lengths.length > 0 ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
  }
  const postings = new Map<string, { ids: number[]; weights: number[] }>();
  perRecord.forEach((fields, recordId) => {
    const weights = new Map<string, number>();
    for (const field of FIELDS) {
      const { counts, length } = fields[field];
      const norm = 1 - FIELD_B[field] + (FIELD_B[field] * length) / averages[field];
      for (const [term, tf] of counts) weights.set(term, (weights.get(term) ?? 0) + (FIELD_WEIGHTS[field] * tf) / norm);
    }
    for (const [term, weight] of weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { ids: [], weights: [] }));
      list.ids.push(recordId);
      list.weights.push(Math.min(1023, Math.max(1, Math.round(weight * TF_SCALE))));
    }
  });
  const terms = [...postings.keys()].sort();
  const encoded = terms.map((term) => {
    const list = postings.get(term);
    return list ? encodePostings(list.ids, list.weights) : '';
  });
  const synonyms = (options.synonyms ?? []).map((group) => group.map((entry) => fold(entry)));
  for (const ch of synonyms.flat().join('')) used.add(ch);
  const termShards = cutTermShards(terms, encoded, options.termShardBytes);
  const recordShards = cutRecordShards(articleRows, recordRows, options.recordShardBytes);
  const categories = [...new Set(localeArticles.map((article) => article.category))];
  return {
    version: SEARCH_INDEX_VERSION,
    locale: options.locale,
    charMap: encodeCharMap(pruneCharMap(fullMap, used)),
    synonyms,
    recordCounts: recordRows.map((rows) => rows.length),
    categories,
    articleCategories: localeArticles.map((article) => categories.indexOf(article.category)),
    latinTerms: terms.filter((term) => /^[a-z]{3,}$/.test(term)).join(' '),
    termShards: { starts: termShards.starts, parts: termShards.shards },
    recordShards: { firstArticles: recordShards.firstArticles, parts: recordShards.shards },
  };
}
