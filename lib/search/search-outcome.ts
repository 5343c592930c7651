import { format } from '@/lib/i18n/format';
import type { SearchStrings } from '@/lib/i18n/search-strings';
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

/**
 * The status line of a finished search: how many answers (`count`, by default the results in
 * the response), that only other-language articles matched, or that nothing did.
 */
export function describeSearchOutcome(
  strings: Pick<SearchStrings, 'resultCountOne' | 'resultCount' | 'noResults' | 'onlyInEnglish'>,
  query: string,
  response: SearchResponse | undefined,
  count = response?.results.length ?? 0,
): string {
  if (count === 0) return format(getSearchOutcome(response).kind === 'other-language' ? strings.onlyInEnglish : strings.noResults, { query });
  return count === 1 ? strings.resultCountOne : format(strings.resultCount, { count });
}
