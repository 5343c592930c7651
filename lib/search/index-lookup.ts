import { levelWeight, lookupTerm } from './flex-fields';
import type { LoadedSearchIndex, TermEntry } from './load-index';

/** Scale of a posting's weight in `TermEntry.postings`: stored = round(weight × TF_SCALE). */
export const TF_SCALE = 16;

/** Completions examined for one prefix before picking the most frequent. */
const PREFIX_SCAN_LIMIT = 2_000;

/** Index of the last element of an ascending array that is at most `value` (0 if none). */
function findLastAtMost<T extends string | number>(sorted: readonly T[], value: T): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const item = sorted[mid];
    if (item !== undefined && item <= value) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/** Term shards (loaded or not) that hold the given terms and every term starting with the given prefixes. */
export function findTermShards(index: LoadedSearchIndex, terms: Iterable<string>, prefixes: Iterable<string>): number[] {
  const shards = new Set<number>();
  for (const term of terms) shards.add(findLastAtMost(index.termShardStarts, term));
  for (const prefix of prefixes) {
    const last = findLastAtMost(index.termShardStarts, `${prefix}\uffff`);
    for (let shard = findLastAtMost(index.termShardStarts, prefix); shard <= last; shard += 1) shards.add(shard);
  }
  return [...shards].sort((a, b) => a - b);
}

/** Record shards holding the records of the given articles. */
export function findRecordShards(index: LoadedSearchIndex, articles: Iterable<number>): number[] {
  const shards = new Set<number>();
  for (const article of articles) shards.add(Math.floor(article / index.articlesPerRecordShard));
  return [...shards].sort((a, b) => a - b);
}

/**
 * A loaded term's records from FlexSearch, each with its BM25F weight (read
 * from the weight level, the FlexSearch slot the record sits in: the slot
 * lengths say where each level's ids end in the result list), and the BM25 idf
 * from the shipped document frequency; undefined if no loaded shard has the term.
 */
export function getTerm(index: LoadedSearchIndex, term: string): TermEntry | undefined {
  const cached = index.terms.get(term);
  if (cached) return cached;
  const stats = index.termStats.get(term);
  if (!stats) return undefined;
  const stored = stats.slots.reduce((sum, length) => sum + length, 0);
  const ids = lookupTerm(index.termIndex, term, stored);
  const pairs: Array<[number, number]> = [];
  let at = 0;
  stats.slots.forEach((length, level) => {
    const weight = Math.max(1, Math.round(levelWeight(level) * TF_SCALE));
    for (const end = at + length; at < end && at < ids.length; at += 1) pairs.push([ids[at] ?? 0, weight]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const postings = new Int32Array(pairs.length * 2);
  pairs.forEach(([record, weight], i) => {
    postings[i * 2] = record;
    postings[i * 2 + 1] = weight;
  });
  const df = Math.max(stats.df, pairs.length);
  const entry = { postings, idf: Math.log(1 + (index.recordCount - df + 0.5) / (df + 0.5)) };
  index.terms.set(term, entry);
  return entry;
}

/**
 * Loaded terms that start with `prefix` (excluding `prefix` itself), the most
 * frequent first, at most `limit`. Frequency is the shipped document
 * frequency, so nothing is looked up.
 */
export function listPrefixedTerms(index: LoadedSearchIndex, prefix: string, limit: number): string[] {
  const found: string[] = [];
  for (const shard of findTermShards(index, [], [prefix])) {
    const terms = index.termShardTerms[shard] ?? [];
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((terms[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < terms.length && found.length < PREFIX_SCAN_LIMIT; i += 1) {
      const term = terms[i] ?? '';
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
  }
  const size = (term: string) => index.termStats.get(term)?.df ?? 0;
  return found.sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)).slice(0, limit);
}

/**
 * Position (in pairs) of the first posting of `postings` (record, tf pairs sorted by record)
 * whose record is at or after `start`: a binary search.
 */
export function firstPostingFrom(postings: Int32Array, start: number): number {
  let low = 0;
  let high = postings.length / 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((postings[mid * 2] ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  return low;
}
