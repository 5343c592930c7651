import type { SearchResponse } from './query';

/**
 * How a finished search ended, for the words above its list: confident answers in the page's
 * language, only articles of another language (listed under "Results in English"), or nothing.
 * Weak matches do not count as an answer.
 */
export type SearchOutcome = { kind: 'results'; count: number } | { kind: 'other-language'; count: number } | { kind: 'none' };

export function getSearchOutcome(response: SearchResponse | undefined): SearchOutcome {
  const count = response?.results.length ?? 0;
  if (count > 0) return { kind: 'results', count };
  const other = response?.otherLanguage?.results.length ?? 0;
  return other > 0 ? { kind: 'other-language', count: other } : { kind: 'none' };
}
