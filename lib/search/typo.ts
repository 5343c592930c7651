import type { LoadedSearchIndex } from './load-index';

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two
 * neighbours) if it is at most `max`, else `max + 1`. Banded, so cheap.
 */
export function measureEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

function getLatinByLength(index: LoadedSearchIndex): Map<number, string[]> {
  if (index.latinByLength) return index.latinByLength;
  const byLength = new Map<number, string[]>();
  for (const term of index.latinTerms) {
    const list = byLength.get(term.length) ?? [];
    list.push(term);
    byLength.set(term.length, list);
  }
  index.latinByLength = byLength;
  return byLength;
}

/** A vocabulary term close to a misspelt query term. */
export interface TypoCandidate {
  term: string;
  distance: number;
}

/**
 * Latin vocabulary terms within `maxDistance` edits of `term`, closest first,
 * at most `limit`. Candidates must agree on the first or second letter (or have
 * them swapped): typos at the very start are rare, and the check prunes most of
 * the vocabulary before any distance is computed.
 */
export function findTypoCandidates(index: LoadedSearchIndex, term: string, maxDistance: number, limit = 8): TypoCandidate[] {
  const found: TypoCandidate[] = [];
  const byLength = getLatinByLength(index);
  const a0 = term.charCodeAt(0);
  const a1 = term.charCodeAt(1);
  for (let length = term.length - maxDistance; length <= term.length + maxDistance; length += 1) {
    for (const candidate of byLength.get(length) ?? []) {
      const b0 = candidate.charCodeAt(0);
      const b1 = candidate.charCodeAt(1);
      if (a0 !== b0 && a1 !== b1 && !(a0 === b1 && a1 === b0)) continue;
      const distance = measureEditDistance(term, candidate, maxDistance);
      if (distance <= maxDistance) found.push({ term: candidate, distance });
    }
  }
  return found.sort((x, y) => x.distance - y.distance).slice(0, limit);
}
