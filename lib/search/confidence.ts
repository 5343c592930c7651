import { firstPostingFrom, TF_SCALE } from './index-lookup';
import type { LoadedSearchIndex } from './load-index';
import type { PlannedConcept } from './query-plan';
import type { ArticleHit } from './rank-articles';
import type { Concept } from './resolve-plan';

/**
 * How well an article answers a query, from 0 to 1: the share of the query's
 * concepts it matches, each weighed by its idf, and counted fully only when it
 * matched as typed (not through a synonym, typo or completion) in a strong
 * field (title, keywords, heading) rather than in body text alone. Query
 * words the index does not know at all count against every article: a query
 * about a topic the help center never mentions ("kubernetes") is not answered
 * by the article that matched its one common word.
 */
export interface MatchQuality {
  /** Idf-weighted share of the query matched, by match strength. */
  quality: number;
  /** Share of the query's concepts matched at all (unweighted). */
  matchedShare: number;
}

/** A posting weight at or above this (BM25F field weight over length norm) comes from a strong field. */
const STRONG_FIELD = 2;
const BODY_ONLY = 0.35;
/** A synonym's match counts this share of its weight: the visitor did not type the word the article uses. */
const SYNONYM_SHARE = 0.5;
/** Weight of a query word the index does not have: a Latin word counts like a rare term, a Chinese bigram (often one across a word boundary) much less. */
const MISSING_LATIN = 1;
const MISSING_CJK = 0.25;

function bestPostingInRange(postings: Int32Array, start: number, end: number): number {
  const low = firstPostingFrom(postings, start);
  let best = 0;
  for (let i = low; i < postings.length / 2 && (postings[i * 2] ?? end) < end; i += 1) best = Math.max(best, postings[i * 2 + 1] ?? 0);
  return best / TF_SCALE;
}

/** Idf a term gets when no record holds it. */
export function unseenIdf(index: LoadedSearchIndex): number {
  return Math.log(1 + (index.recordCount + 0.5) / 0.5);
}

/** Weight of the planned concepts that found nothing in the index (see {@link MatchQuality}). */
export function missingWeight(index: LoadedSearchIndex, dropped: readonly PlannedConcept[]): number {
  const idf = unseenIdf(index);
  return dropped.reduce((sum, planned) => {
    const own = planned.alternatives[0]?.terms ?? [];
    return sum + idf * (own.every((term) => /^\p{sc=Han}+$/u.test(term)) ? MISSING_CJK : MISSING_LATIN);
  }, 0);
}

/** {@link MatchQuality} of one ranked article. */
export function assessHit(index: LoadedSearchIndex, concepts: readonly Concept[], hit: ArticleHit, missing: number): MatchQuality {
  const start = index.articleStarts[hit.article] ?? 0;
  const end = index.articleStarts[hit.article + 1] ?? start;
  let total = missing;
  let matched = 0;
  let count = 0;
  for (const concept of concepts) {
    total += concept.importance;
    let best = 0;
    concept.alternatives.forEach((alternative) => {
      let strength = 0;
      alternative.entries.forEach((entry) => {
        const value = bestPostingInRange(entry.postings, start, end);
        if (value > 0) strength += value >= STRONG_FIELD ? 1 : BODY_ONLY;
      });
      strength /= Math.max(1, alternative.entries.length);
      // The typed term (first alternative) counts fully; synonyms, typos and completions by their weight.
      // The typed words count fully, a typo or completion by its weight, a synonym by less.
      const share = alternative.typed ? 1 : Math.min(1, alternative.weight) * (alternative.synonym ? SYNONYM_SHARE : 1);
      best = Math.max(best, strength * share);
    });
    if (best > 0) count += 1;
    matched += best * concept.importance;
  }
  const concepts_ = concepts.length + (missing > 0 ? 1 : 0);
  return { quality: total > 0 ? matched / total : 0, matchedShare: concepts_ > 0 ? count / concepts_ : 0 };
}
