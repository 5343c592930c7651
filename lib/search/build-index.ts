/**
 * Builds one locale's search index payload at build time.
 *
 * Design: FlexSearch 0.8 holds the index and answers the term lookups; Resolve
 * ranks. Each record (article, section, FAQ entry) is added to one FlexSearch
 * `Index` per field (`flex-fields.ts`, `tokenize: 'strict'`). Resolve's fold,
 * stemming, CJK bigrams and typo code is the encoder: fields are indexed as
 * already-encoded terms joined by spaces, and FlexSearch only splits them, so
 * a query term is looked up exactly as built. FlexSearch keeps no document
 * frequency and no score per result, so beside its export the payload ships
 * the few statistics BM25F needs: each record's field lengths and the record
 * count per article; a term's document frequency is the length of its result
 * lists. The ranking layer (`rank-articles.ts`) re-ranks FlexSearch's
 * candidates with idf-weighted coverage and BM25F.
 *
 * Partial loading: FlexSearch's own export chunks follow insertion order, so
 * the exported `map` entries are re-bucketed into shards by term range (the
 * sorted vocabulary, so prefix completions of the last typed word stay in a
 * few neighbouring shards); `import('map', …)` merges entries into the index,
 * so a query loads only the shards its terms fall in.
 */
import { buildChineseCharMap, pruneCharMap } from './build-char-map';
import { extractRecords, type ArticleInput } from './extract-records';
import { createFolder, encodeCharMap, type CharMap, type FoldFn } from './fold';
import { FIELDS, createFieldIndex, encodeFieldLengths, exportFieldMap, type FieldName, type FlexMapEntry } from './flex-fields';
import { SEARCH_INDEX_VERSION, type ArticleRow, type RecordRow, type SearchIndexPayload } from './index-payload';
import { cutRecordShards, cutTermShards } from './shard-payload';
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
 * `extractRecords`; each field's distinct terms go into that field's FlexSearch
 * index, whose exported `map` entries are cut into term shards. Stop words are
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
    articleRows.push([article.id, article.url, article.title, article.category, article.categoryTitle]);
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
  const indexes = FIELDS.map(() => createFieldIndex());
  perRecord.forEach((fields, recordId) => {
    FIELDS.forEach((field, f) => {
      const terms = [...fields[field].counts.keys()];
      if (terms.length > 0) indexes[f]?.add(recordId, terms.join(' '));
    });
  });
  const maps = indexes.map((index) => new Map<string, FlexMapEntry>(exportFieldMap(index).map((entry) => [entry[0], entry])));
  const terms = [...new Set(maps.flatMap((map) => [...map.keys()]))].sort();
  const synonyms = (options.synonyms ?? []).map((group) => group.map((entry) => fold(entry)));
  for (const ch of synonyms.flat().join('')) used.add(ch);
  const termShards = cutTermShards(terms, maps, options.termShardBytes);
  const recordShards = cutRecordShards(articleRows, recordRows, options.recordShardBytes);
  const categories = [...new Set(localeArticles.map((article) => article.category))];
  const localNumbers = new Map(localeArticles.map((article, i) => [article.id, i]));
  const translations = options.defaultArticleIds?.map((id) => localNumbers.get(id) ?? -1);
  return {
    version: SEARCH_INDEX_VERSION,
    locale: options.locale,
    charMap: encodeCharMap(pruneCharMap(fullMap, used)),
    synonyms,
    recordCounts: recordRows.map((rows) => rows.length),
    categories,
    articleCategories: localeArticles.map((article) => categories.indexOf(article.category)),
    fieldLengths: FIELDS.map((field) => encodeFieldLengths(perRecord.map((fields) => fields[field].length))),
    latinTerms: terms.filter((term) => /^[a-z]{3,}$/.test(term)).join(' '),
    termShards: { starts: termShards.starts, parts: termShards.shards },
    recordShards: { firstArticles: recordShards.firstArticles, parts: recordShards.shards },
    ...(translations ? { translations } : {}),
  };
}
