/**
 * Builds one locale's search index payload at build time.
 *
 * Design: FlexSearch 0.8 holds the index and answers the term lookups; Resolve
 * ranks. Resolve's fold, stemming, CJK bigrams and typo code is the encoder:
 * terms are indexed already encoded, and FlexSearch only splits on spaces, so a
 * query term is looked up exactly as built. FlexSearch keeps no score per
 * result, so each posting's BM25F weight (field weights over length norms,
 * summed over the record's fields) is computed here and stored as the
 * FlexSearch resolution slot (weight level) the record id sits in; the
 * ranking layer (`rank-articles.ts`) reads it back from the slot lengths and
 * re-ranks FlexSearch's candidates with idf-weighted coverage and BM25F. A
 * common term keeps only its MAX_POSTINGS heaviest postings, its document
 * frequency shipped as a number so idf stays right.
 *
 * Partial loading: the exported `map` entries are cut into shards by term
 * range (the sorted vocabulary, so completions of the last typed word stay in
 * a few neighbouring shards); `import('map', …)` merges entries into the
 * index, so a query loads only the shards its terms fall in. One fetch round:
 * a sharded term shard also carries the display data (title, link, snippet,
 * headings) of every record its postings list and of their articles, so
 * whatever a query ranks can be shown once its term shards arrive; the
 * always-loaded base keeps only record counts, categories and shard bounds.
 */
import { buildChineseCharMap, pruneCharMap } from './build-char-map';
import { extractRecords, type ArticleInput } from './extract-records';
import { createFolder, encodeCharMap, type CharMap, type FoldFn } from './fold';
import { FIELDS, FIELD_B, FIELD_WEIGHTS, toMapEntry, type FieldName } from './flex-fields';
import { SEARCH_INDEX_VERSION, type ArticleRow, type RecordRow, type SearchIndexPayload } from './index-payload';
import { cutRecordShards, cutTermShards, rowBytes, type ShardTerm } from './shard-payload';
import type { SynonymGroups } from './synonyms';
import { tokenizeFolded } from './tokenize';

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
  /** Locales other than the default: the default locale's article ids in its index order (see `translations`). */
  defaultArticleIds?: readonly string[];
  /** Postings kept per term (default {@link MAX_POSTINGS}). */
  maxPostings?: number;
}

/**
 * Postings kept per term: a common term keeps its heaviest ones (title, heading and keyword
 * matches first). Every record a query can rank is among them, which bounds what a term shard
 * carries; the document frequency keeps the full count.
 */
export const MAX_POSTINGS = 100;

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
 * `extractRecords`; each term's postings (records with their BM25F weight)
 * become FlexSearch `map` entries, cut into term shards. Stop words are
 * indexed from title, heading, keyword and description fields only.
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
    articleRows.push([article.id, article.url, article.title]);
    const rows: RecordRow[] = [];
    recordRows.push(rows);
    for (const record of extractRecords(article)) {
      const row: RecordRow = [KIND_CODES[record.kind], record.anchor ?? '', record.heading ?? '', record.snippet];
      rows.push(record.answer ? [...row, record.answer] : row);
      const fields = {} as Record<FieldName, FieldCounts>;
      for (const field of FIELDS) fields[field] = countField(record.fields[field], fold, field !== 'body', used);
      perRecord.push(fields);
    }
  }
  const averages = FIELDS.map((field) => {
    const present = perRecord.map((fields) => fields[field].length).filter((length) => length > 0);
    return present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : 1;
  });
  // Postings per term in record order: [record, BM25F weight, record, weight, …].
  const postings = new Map<string, number[]>();
  perRecord.forEach((fields, record) => {
    FIELDS.forEach((field, f) => {
      const { counts, length } = fields[field];
      const weight = FIELD_WEIGHTS[field] / (1 - FIELD_B[field] + (FIELD_B[field] * length) / (averages[f] ?? 1));
      for (const term of counts.keys()) {
        const list = postings.get(term) ?? [];
        if (list.length === 0) postings.set(term, list);
        if (list[list.length - 2] === record) list[list.length - 1] = (list[list.length - 1] ?? 0) + weight;
        else list.push(record, weight);
      }
    });
  });
  const recordArticle = recordRows.flatMap((rows, article) => rows.map(() => article));
  const articleStarts: number[] = [];
  recordRows.reduce((start, rows, article) => ((articleStarts[article] = start), start + rows.length), 0);
  const displayBytes = (record: number) => {
    const article = recordArticle[record] ?? 0;
    const first = articleStarts[article] ?? 0;
    return rowBytes(recordRows[article]?.[record - first] ?? []) + rowBytes(articleRows[article] ?? []) + rowBytes(recordRows[article]?.[0] ?? []);
  };
  const maxPostings = options.maxPostings ?? MAX_POSTINGS;
  const terms = [...postings.keys()].sort();
  const shardTerms = terms.map((term): ShardTerm => {
    const flat = postings.get(term) ?? [];
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
    const kept = pairs.length > maxPostings ? pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxPostings) : pairs;
    const entry = toMapEntry(term, kept);
    return { term, df: pairs.length, entry, bytes: JSON.stringify(entry).length + 8 + kept.reduce((sum, [record]) => sum + displayBytes(record), 0) };
  });
  const synonyms = (options.synonyms ?? []).map((group) => group.map((entry) => fold(entry)));
  for (const ch of synonyms.flat().join('')) used.add(ch);
  const termShards = cutTermShards(shardTerms, options.termShardBytes);
  const recordShards = cutRecordShards(articleRows, recordRows, options.recordShardBytes);
  const categories = [...new Set(localeArticles.map((article) => article.category))];
  const categoryTitles = categories.map((category) => localeArticles.find((article) => article.category === category)?.categoryTitle ?? category);
  const localNumbers = new Map(localeArticles.map((article, i) => [article.id, i]));
  const translations = options.defaultArticleIds?.map((id) => localNumbers.get(id) ?? -1);
  return {
    version: SEARCH_INDEX_VERSION,
    locale: options.locale,
    charMap: encodeCharMap(pruneCharMap(fullMap, used)),
    synonyms,
    recordCounts: recordRows.map((rows) => rows.length),
    categories,
    categoryTitles,
    articleCategories: localeArticles.map((article) => categories.indexOf(article.category)),
    latinTerms: terms.filter((term) => /^[a-z]{3,}$/.test(term)).join(' '),
    termShards: { starts: termShards.starts, parts: termShards.shards },
    recordShards: { articlesPerShard: recordShards.articlesPerShard, parts: recordShards.shards },
    ...(translations ? { translations } : {}),
  };
}
