import type { LoadedSearchIndex } from './load-index';
import { tokenizeFolded, type Token } from './tokenize';
import { findTypoCandidates } from './typo';

/** One way to satisfy a concept: these terms, at this weight. */
export interface PlannedAlternative {
  terms: string[];
  weight: number;
  /** Another word of the query word's synonym group (not what the visitor typed, nor a spelling of it). */
  synonym?: true;
}

/** A query word or phrase; `prefix` is the unfinished word whose completions also count. */
export interface PlannedConcept {
  alternatives: PlannedAlternative[];
  prefix: string | null;
}

/** What a query needs: its concepts, and the terms and prefixes whose shards must be loaded. */
export interface QueryPlan {
  concepts: PlannedConcept[];
  terms: Set<string>;
  prefixes: Set<string>;
}

const SYNONYM_WEIGHT = 0.8;
const TYPO_WEIGHTS = [1, 0.75, 0.55];
const MAX_CONCEPTS = 32;

function hasLatinPrefix(index: LoadedSearchIndex, prefix: string): boolean {
  const list = index.latinTermList;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  return (list[low] ?? '').startsWith(prefix);
}

function planWord(index: LoadedSearchIndex, token: Token, isPrefix: boolean): PlannedConcept {
  const prefix = isPrefix && (token.kind === 'cjk' ? token.word.length === 1 : token.word.length >= 2) ? token.word : null;
  const alternatives: PlannedAlternative[] = [{ terms: [token.term], weight: 1 }];
  const isLatinWord = token.kind === 'latin' && /^[a-z]{5,}$/.test(token.word);
  if (isLatinWord && !index.latinTerms.has(token.term) && !(prefix && hasLatinPrefix(index, prefix))) {
    const maxDistance = token.word.length >= 8 ? 2 : 1;
    for (const { term, distance } of findTypoCandidates(index, token.term, maxDistance)) {
      alternatives.push({ terms: [term], weight: TYPO_WEIGHTS[distance] ?? 0.5 });
    }
  }
  return { alternatives, prefix };
}

// Matches a synonym entry at `at`, letting query stop words sit between its terms ("close our account").
function matchSynonym(index: LoadedSearchIndex, tokens: readonly Token[], at: number): { length: number; group: number } | null {
  for (const entry of index.synonymEntries.get(tokens[at]?.term ?? '') ?? []) {
    let position = at;
    let matched = 0;
    while (matched < entry.terms.length && position < tokens.length) {
      const token = tokens[position];
      if (token?.term === entry.terms[matched]) matched += 1;
      else if (!token?.stop || matched === 0) break;
      position += 1;
    }
    if (matched === entry.terms.length) return { length: position - at, group: entry.group };
  }
  return null;
}

function planSynonym(index: LoadedSearchIndex, span: readonly Token[], group: number): PlannedConcept {
  const own = span.filter((token) => !token.stop).map((token) => token.term);
  const ownTerms = own.length > 0 ? own : span.map((token) => token.term);
  const alternatives: PlannedAlternative[] = [{ terms: ownTerms, weight: 1 }];
  for (const entry of index.synonymGroups[group] ?? []) {
    if (entry.terms.join(' ') === ownTerms.join(' ')) continue;
    // A phrase alternative sums its terms; scale it to the length of what the visitor typed.
    alternatives.push({ terms: entry.terms, weight: (SYNONYM_WEIGHT * ownTerms.length) / Math.max(1, entry.terms.length), synonym: true });
  }
  return { alternatives, prefix: null };
}

/**
 * Turns a raw query into concepts: synonym phrases from the synonyms file
 * (longest match first), then every other word with its exact term, its
 * completions when it is the word being typed, or near spellings from the
 * Latin vocabulary when it is unknown. Stop words are left out unless the
 * query has nothing else. Needs no shard: it lists the terms and prefixes
 * whose shards the scoring will need.
 */
export function planQuery(index: LoadedSearchIndex, query: string, allowPrefix = true): QueryPlan {
  const tokens = tokenizeFolded(index.fold(query));
  const onlyStopWords = tokens.every((token) => token.stop);
  const typingLastWord = allowPrefix && /[\p{L}\p{N}]$/u.test(query);
  const plan: QueryPlan = { concepts: [], terms: new Set(), prefixes: new Set() };
  const seen = new Set<string>();
  const add = (concept: PlannedConcept, key: string): void => {
    if (seen.has(key) || plan.concepts.length >= MAX_CONCEPTS) return;
    seen.add(key);
    plan.concepts.push(concept);
    for (const alternative of concept.alternatives) for (const term of alternative.terms) plan.terms.add(term);
    if (concept.prefix) plan.prefixes.add(concept.prefix);
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const synonym = matchSynonym(index, tokens, i);
    if (synonym) {
      add(planSynonym(index, tokens.slice(i, i + synonym.length), synonym.group), `s${synonym.group}`);
      i += synonym.length - 1;
      continue;
    }
    const token = tokens[i];
    if (!token || (token.stop && !onlyStopWords)) continue;
    add(planWord(index, token, typingLastWord && i === tokens.length - 1), `t${token.term}`);
  }
  return plan;
}
