import type { SearchStrings } from '@/lib/i18n/search-strings';
import type { SearchResponse } from '@/lib/search/query';
import { searchResultHref } from '@/lib/search/result-links';

export interface SearchInlineAnswerProps {
  response: SearchResponse | undefined;
  query: string;
  strings: Pick<SearchStrings, 'answerLabel' | 'answerLink'>;
  /** Dropdown: the answer is cut to three lines. */
  compact?: boolean;
  onOpen: (articleId: string, anchor?: string) => void;
}

/** The start of the FAQ entry that clearly answers the query, with a link to it (nothing when there is none). */
export function SearchInlineAnswer({ response, query, strings, compact = false, onOpen }: SearchInlineAnswerProps) {
  const answer = response?.answer;
  if (!answer) return null;
  const anchor = answer.url.split('#')[1];
  return (
    <section data-search-answer="" aria-label={strings.answerLabel} className={`rounded-lg border border-emerald-200 bg-emerald-50 text-slate-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-slate-100 ${compact ? 'mb-1 p-3 text-sm' : 'mt-3 p-4'}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300">{strings.answerLabel}</p>
      <p className="mt-1 font-medium">{answer.heading}</p>
      <p className={`mt-1 text-slate-700 dark:text-slate-300 ${compact ? 'line-clamp-3' : ''}`}>{answer.text}</p>
      <a href={searchResultHref(answer.url, query)} data-search-link="" onClick={() => onOpen(answer.articleId, anchor)} className="mt-2 inline-block rounded font-medium text-brand-700 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-300">
        {strings.answerLink}
      </a>
    </section>
  );
}
