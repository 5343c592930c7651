import { decodePostings } from './index-payload';
import type { LoadedSearchIndex, TermEntry } from './load-index';

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
  for (const article of articles) shards.add(findLastAtMost(index.recordShardFirstArticles, article));
  return [...shards].sort((a, b) => a - b);
}

/** A loaded term's entry with decoded postings (`[recordId, weight, …]`) and BM25 idf, or undefined. */
export function getTerm(index: LoadedSearchIndex, term: string): (TermEntry & { postings: Int32Array }) | undefined {
  const entry = index.terms.get(term);
  if (!entry) return undefined;
  if (!entry.postings) {
    entry.postings = decodePostings(entry.encoded);
    const df = entry.postings.length / 2;
    entry.idf = Math.log(1 + (index.recordCount - df + 0.5) / (df + 0.5));
  }
  return entry as TermEntry & { postings: Int32Array };
}

/**
 * Loaded terms that start with `prefix` (excluding `prefix` itself), the most
 * frequent first, at most `limit`. Frequency is read from the length of the
 * encoded postings, so nothing is decoded.
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
  const size = (term: string) => index.terms.get(term)?.encoded.length ?? 0;
  return found.sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)).slice(0, limit);
}
