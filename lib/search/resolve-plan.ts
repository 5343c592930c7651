import { getTerm, listPrefixedTerms } from './index-lookup';
import type { LoadedSearchIndex, TermEntry } from './load-index';
import type { PlannedConcept, QueryPlan } from './query-plan';

/** An alternative whose terms were found in the loaded shards. */
export interface Alternative {
  terms: string[];
  entries: Array<TermEntry & { postings: Int32Array }>;
  weight: number;
  /** The words as the visitor typed them (not a synonym, typo or completion). */
  typed: boolean;
  /** A synonym of the typed words. */
  synonym: boolean;
}

/** A concept ready for scoring. */
export interface Concept {
  alternatives: Alternative[];
  /** Highest score the concept can reach: its share of the query, for coverage. */
  importance: number;
}

const PREFIX_WEIGHT = 0.9;
const PREFIX_LIMIT = 24;

// A completion counts less the less of it was typed: "mo" is weak evidence for "month", "refu" strong for "refund".
const weighCompletion = (prefix: string, term: string) => PREFIX_WEIGHT * Math.min(1, Math.sqrt((prefix.length + 1) / term.length));

/**
 * Looks the planned terms up in the loaded shards: drops terms the index does
 * not have, adds completions of the word being typed, and weighs each concept
 * by the idf of its best alternative. Concepts that found nothing are left
 * out (and pushed to `dropped`).
 */
export function resolvePlan(index: LoadedSearchIndex, plan: QueryPlan, dropped: PlannedConcept[] = []): Concept[] {
  const concepts: Concept[] = [];
  for (const planned of plan.concepts) {
    const alternatives: Alternative[] = [];
    const candidates = [...planned.alternatives];
    if (planned.prefix) {
      for (const term of listPrefixedTerms(index, planned.prefix, PREFIX_LIMIT)) {
        candidates.push({ terms: [term], weight: weighCompletion(planned.prefix, term) });
      }
    }
    for (const [at, candidate] of candidates.entries()) {
      const found = candidate.terms.flatMap((term) => {
        const entry = getTerm(index, term);
        return entry ? [{ term, entry }] : [];
      });
      if (found.length === 0) continue;
      alternatives.push({ terms: found.map((f) => f.term), entries: found.map((f) => f.entry), weight: candidate.weight, typed: at === 0, synonym: candidate.synonym === true });
    }
    if (alternatives.length === 0) {
      dropped.push(planned);
      continue;
    }
    const importance = Math.max(...alternatives.map((alt) => alt.weight * alt.entries.reduce((sum, entry) => sum + entry.idf, 0)));
    concepts.push({ alternatives, importance });
  }
  return concepts;
}
