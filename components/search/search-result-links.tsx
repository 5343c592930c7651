import type { SearchStrings } from '@/lib/i18n/search-strings';
import type { ResultHighlights } from '@/lib/search/highlight';
import type { SearchResult } from '@/lib/search/query';
import { searchResultHref } from '@/lib/search/result-links';
import { HighlightedText } from '../highlighted-text';

export interface SearchResultLinksProps {
  result: SearchResult;
  highlights: ResultHighlights | undefined;
  query: string;
  /** Up to this many section links under the article. */
  maxSections: number;
  compact?: boolean;
  onOpen: (articleId: string, anchor?: string) => void;
  /** For the "matched in English" and "weak match" marks. */
  strings?: Pick<SearchStrings, 'matchedInEnglish' | 'weakMatch'>;
  /** A hit below the confidence threshold: marked as a weak match. */
  weak?: boolean;
}

const BADGE = 'ml-2 inline-block rounded px-1.5 py-0.5 align-middle text-xs font-normal';

/** One article in the results: a link to its best place, then links to its matching sections. */
export function SearchResultLinks({ result, highlights, query, maxSections, compact = false, onOpen, strings, weak = false }: SearchResultLinksProps) {
  const anchorOf = (url: string) => url.split('#')[1];
  return (
    <>
      <a href={searchResultHref(result.bestUrl, query)} data-search-link="" onClick={() => onOpen(result.articleId, anchorOf(result.bestUrl))} className="block rounded-md px-3 py-2 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
        <span className="block font-medium text-brand-700 dark:text-brand-300">
          <HighlightedText text={result.title} ranges={highlights?.title ?? []} />
          {result.matchedIn && strings ? (
            <span data-matched-in={result.matchedIn} className={`${BADGE} bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100`}>{strings.matchedInEnglish}</span>
          ) : null}
          {weak && strings ? <span data-weak-match="" className={`${BADGE} bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100`}>{strings.weakMatch}</span> : null}
        </span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">{result.categoryTitle}</span>
        {compact ? null : (
          <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
            <HighlightedText text={result.snippet} ranges={highlights?.snippet ?? []} />
          </span>
        )}
      </a>
      {result.sections.length > 0 ? (
        <ul className="ml-4 border-l border-slate-200 dark:border-slate-700">
          {result.sections.slice(0, maxSections).map((section, index) => (
            <li key={section.anchor}>
              <a href={searchResultHref(section.url, query)} data-search-link="" onClick={() => onOpen(result.articleId, section.anchor)} className="block rounded-md px-3 py-1.5 text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
                <span className="text-slate-800 dark:text-slate-200">
                  <HighlightedText text={section.heading} ranges={highlights?.sections[index]?.heading ?? []} />
                </span>
                {compact ? null : (
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    <HighlightedText text={section.snippet} ranges={highlights?.sections[index]?.snippet ?? []} />
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
