/** Bumped whenever the payload layout or the folding/tokenizing rules change. */
export const SEARCH_INDEX_VERSION = 2;

/** `[id, url, title, category, categoryTitle]` */
export type ArticleRow = [string, string, string, string, string];

/** Record kinds in the payload: 0 article, 1 section, 2 FAQ question. */
export type RecordKindCode = 0 | 1 | 2;

/** `[kind, anchor ('' for the article), heading ('' for the article), snippet]` */
export type RecordRow = [RecordKindCode, string, string, string];

/** A contiguous range of the sorted vocabulary with its postings. */
export interface TermShard {
  terms: string[];
  /** Per term: (record id delta, field-weighted length-normalised tf × TF_SCALE) pairs. */
  postings: string[];
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
  /** Every Latin term of the vocabulary, space-separated: typo candidates are found before any shard loads. */
  latinTerms: string;
  /** `starts[i]` is the first term of shard i; shards partition the sorted vocabulary. */
  termShards: { starts: string[]; parts: Array<Part<TermShard>> };
  /** `firstArticles[i]` is the first article whose records shard i holds. */
  recordShards: { firstArticles: number[]; parts: Array<Part<RecordShard>> };
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i += 1) DIGIT_VALUE[ALPHABET.charCodeAt(i)] = i;

/** Scale of the stored term weight: stored = round(weight × TF_SCALE). */
export const TF_SCALE = 4;

function appendVarint(out: string[], value: number): void {
  let rest = value;
  while (rest >= 32) {
    out.push(ALPHABET.charAt(32 + (rest & 31)));
    rest >>>= 5;
  }
  out.push(ALPHABET.charAt(rest));
}

/** Encodes ascending record ids with their weights as one JSON-safe string of base-64 varints. */
export function encodePostings(recordIds: readonly number[], weights: readonly number[]): string {
  const out: string[] = [];
  let previous = 0;
  recordIds.forEach((id, i) => {
    appendVarint(out, id - previous);
    appendVarint(out, weights[i] ?? 1);
    previous = id;
  });
  return out.join('');
}

/** Decodes {@link encodePostings}: `[recordId0, weight0, recordId1, weight1, …]`. */
export function decodePostings(encoded: string): Int32Array {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < encoded.length; i += 1) {
    const digit = DIGIT_VALUE[encoded.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`Search index postings contain an invalid character at ${i}`);
    value += (digit & 31) * 2 ** shift;
    if (digit < 32) {
      values.push(value);
      value = 0;
      shift = 0;
    } else {
      shift += 5;
    }
  }
  const out = new Int32Array(values.length);
  let id = 0;
  for (let i = 0; i + 1 < values.length; i += 2) {
    id += values[i] ?? 0;
    out[i] = id;
    out[i + 1] = values[i + 1] ?? 0;
  }
  return out;
}
