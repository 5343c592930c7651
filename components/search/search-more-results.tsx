import { useId } from 'react';
import type { SearchStrings } from '@/lib/i18n/search-strings';
import type { SearchResponse } from '@/lib/search/query';
import { SearchResultLinks } from './search-result-links';

export interface SearchMoreResultsProps {
  response: SearchResponse | undefined;
  query: string;
  strings: Pick<SearchStrings, 'resultsInEnglish' | 'weakMatches' | 'weakMatch' | 'matchedInEnglish'>;
  maxSections: number;
  compact?: boolean;
  /** Show the weak matches when nothing confident was found (default true; the dropdown leaves them out). */
  showWeak?: boolean;
  onOpen: (articleId: string, anchor?: string) => void;
}

/**
 * What follows the confident results: default-locale articles that have no translation, under
 * a localized "Results in English" heading (their pages are in English, so `lang="en"`), and,
 * only when there is no confident result at all, the weak matches, each marked as one.
 */
export function SearchMoreResults({ response, query, strings, maxSections, compact = false, showWeak = true, onOpen }: SearchMoreResultsProps) {
  const id = useId();
  const other = response?.otherLanguage;
  const weak = showWeak && response && response.results.length === 0 && !other ? (response.weak ?? []) : [];
  const heading = compact ? 'px-3 pb-1 pt-2 text-xs font-semibold text-slate-600 dark:text-slate-400' : 'mb-3 mt-8 text-lg font-semibold text-slate-900 dark:text-white';
  const item = compact ? '' : 'rounded-xl border border-slate-200 p-2 dark:border-slate-800';
  return (
    <>
      {other && other.results.length > 0 ? (
        <section aria-labelledby={`${id}-other`} data-search-other-language={other.locale}>
          <h2 id={`${id}-other`} className={heading}>{strings.resultsInEnglish}</h2>
          <ul lang={other.locale} className={compact ? '' : 'space-y-3'}>
            {other.results.map((result) => (
              <li key={result.articleId} className={item}>
                <SearchResultLinks result={result} highlights={undefined} query={query} maxSections={maxSections} compact={compact} onOpen={onOpen} strings={strings} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {weak.length > 0 ? (
        <section aria-labelledby={`${id}-weak`} data-search-weak="">
          <h2 id={`${id}-weak`} className={heading}>{strings.weakMatches}</h2>
          <ul className={compact ? '' : 'space-y-3'}>
            {weak.map((result) => (
              <li key={result.articleId} className={item}>
                <SearchResultLinks result={result} highlights={undefined} query={query} maxSections={maxSections} compact={compact} onOpen={onOpen} strings={strings} weak />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
