import type { FlexMapEntry } from './flex-fields';

/** Bumped whenever the payload layout or the folding/tokenizing rules change. */
export const SEARCH_INDEX_VERSION = 5;

/** `[id, url, title]`; the category comes from `SearchIndexPayload.articleCategories`. */
export type ArticleRow = [string, string, string];

/** Record kinds in the payload: 0 article, 1 section, 2 FAQ question. */
export type RecordKindCode = 0 | 1 | 2;

/** `[kind, anchor ('' for the article), heading ('' for the article), snippet, answer (FAQ entries only: the start of the answer, for the inline answer)]` */
export type RecordRow = [RecordKindCode, string, string, string] | [RecordKindCode, string, string, string, string];

/**
 * A contiguous range of the sorted vocabulary: its terms, their document frequencies and
 * FlexSearch's exported `map` entries for them (record ids by weight level; a common term keeps
 * only its heaviest postings, see `MAX_POSTINGS`). In a sharded index each term shard also
 * carries the display data of every record its entries list and of those records' articles,
 * so results show without a second fetch.
 */
export interface TermShard {
  terms: string[];
  /** Records holding each term (before postings were capped): BM25's document frequency. */
  df: number[];
  map: FlexMapEntry[];
  /** `[article number, ...ArticleRow]` */
  articles?: Array<[number, ...ArticleRow]>;
  /** `[record id, ...RecordRow]` */
  records?: Array<[number, ...RecordRow]>;
}

/** Display data of consecutive articles and of their records. */
export interface RecordShard {
  articles: ArticleRow[];
  records: RecordRow[];
}

/** Part data inline, or the file name of a JSON file next to the payload file. */
export type Part<T> = T | string;

/**
 * One locale's search index as shipped to the browser (JSON). Small sites ship
 * it as one file with every part inline. Large ones keep here only what planning
 * a query needs (record counts, categories, Latin vocabulary for typo tolerance,
 * shard boundaries) and put term shards (with the display data of the records they
 * list) and record shards in files of the folder `shardFolder`: `t<i>.json` and `r<i>.json`.
 */
export interface SearchIndexPayload {
  version: typeof SEARCH_INDEX_VERSION;
  locale: string;
  /** Chinese character folding map, pruned to this index (see `encodeCharMap`). */
  charMap: string;
  /** Synonym groups, already folded. */
  synonyms: string[][];
  /** Records per article, in article order; an article's own record comes first. */
  recordCounts: number[];
  /** Category slugs and titles, and each article's index into them. */
  categories: string[];
  categoryTitles: string[];
  articleCategories: number[];
  /** Every Latin term of the vocabulary, space-separated: typo candidates are found before any shard loads. */
  latinTerms: string;
  /** Sharded indexes: the folder (next to the payload file) holding the shard files. */
  shardFolder?: string;
  /** `starts[i]` is the first term of shard i; shards partition the sorted vocabulary. `parts`: inline, or `t<i>.json` in `shardFolder`. */
  termShards: { starts: string[]; parts?: TermShard[] };
  /**
   * Shard i holds articles `i × articlesPerShard` onwards; `parts`: inline, or `r<i>.json` in
   * `shardFolder`. A sharded index fetches them only to show a fallback hit as its translation.
   */
  recordShards: { articlesPerShard: number; parts?: RecordShard[] };
  /**
   * Locales other than the default: for each article of the default locale's index, in its
   * order, the number of this locale's article with the same id, or -1 when it has none. The
   * fallback search shows a default-locale hit as its translation with it. A few KB; a file of
   * its own when the index is sharded, fetched only when the fallback runs.
   */
  translations?: Part<number[]>;
}
