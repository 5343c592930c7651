import type { FlexMapEntry } from './flex-fields';

/** Bumped whenever the payload layout or the folding/tokenizing rules change. */
export const SEARCH_INDEX_VERSION = 4;

/** `[id, url, title, category, categoryTitle]` */
export type ArticleRow = [string, string, string, string, string];

/** Record kinds in the payload: 0 article, 1 section, 2 FAQ question. */
export type RecordKindCode = 0 | 1 | 2;

/** `[kind, anchor ('' for the article), heading ('' for the article), snippet, answer (FAQ entries only: the start of the answer, for the inline answer)]` */
export type RecordRow = [RecordKindCode, string, string, string] | [RecordKindCode, string, string, string, string];

/** A contiguous range of the sorted vocabulary: its terms and, per field (see `FIELDS`), FlexSearch's exported `map` entries for them. */
export interface TermShard {
  terms: string[];
  map: FlexMapEntry[][];
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
 * it as one file with every part inline. Large ones keep only what planning a
 * query needs here (articles, record counts, Latin vocabulary for typo
 * tolerance, shard boundaries, record counts and categories) and put term
 * shards and record shards (titles, URLs, headings, snippets) in their own
 * files, fetched when a query needs them.
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
  /** Category slugs, and each article's index into them (category filter). */
  categories: string[];
  articleCategories: number[];
  /** Per field (see `FIELDS`), each record's length in terms, one character per record (`encodeFieldLengths`). */
  fieldLengths: string[];
  /** Every Latin term of the vocabulary, space-separated: typo candidates are found before any shard loads. */
  latinTerms: string;
  /** `starts[i]` is the first term of shard i; shards partition the sorted vocabulary. */
  termShards: { starts: string[]; parts: Array<Part<TermShard>> };
  /** `firstArticles[i]` is the first article whose records shard i holds. */
  recordShards: { firstArticles: number[]; parts: Array<Part<RecordShard>> };
  /**
   * Locales other than the default: for each article of the default locale's index, in its
   * order, the number of this locale's article with the same id, or -1 when it has none. The
   * fallback search shows a default-locale hit as its translation with it. A few KB; a file of
   * its own when the index is sharded, fetched only when the fallback runs.
   */
  translations?: Part<number[]>;
}
