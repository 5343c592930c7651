'use client';

import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { getSearchStrings } from '@/lib/i18n/search-strings';
import { getSearchClient, type SearchAssets } from '@/lib/search/search-client';
import { createSearchReporter } from '@/lib/search/search-events';
import { describeSearchOutcome } from '@/lib/search/search-outcome';
import { SearchInlineAnswer } from './search-answer';
import { SearchMoreResults } from './search-more-results';
import { SearchResultLinks } from './search-result-links';
import { useSearch } from './use-search';

export interface SearchPanelProps {
  locale: Locale;
  assets: SearchAssets;
  /** The committed query (an input method's unfinished syllables excluded). */
  query: string;
  /** Under the box (desktop) or filling the phone's search view. */
  layout: 'dropdown' | 'sheet';
  /** The dropdown is open (the sheet shows whenever it is mounted). */
  open: boolean;
  /** Id of the live region the field points to with aria-describedby. */
  statusId: string;
  /** Escape in the results, or ArrowUp past the first one: back to the field. */
  onLeave: (close: boolean) => void;
}

/**
 * The search box's heavy half, loaded on the visitor's first sign of intent: starts the worker,
 * runs the query as it is typed and lists the results (arrows move, Escape goes back).
 */
export function SearchPanel({ locale, assets, query, layout, open, statusId, onLeave }: SearchPanelProps) {
  // Read here, in the chunk loaded on intent, rather than passed down from the server page.
  const strings = getSearchStrings(locale);
  const panel = useRef<HTMLDivElement>(null);
  const reporter = useMemo(() => createSearchReporter(locale), [locale]);
  const search = useSearch(assets, query, { prefix: !/\s$/.test(query), limit: 6 });
  const results = search.answer?.response.results ?? [];
  const settled = search.status === 'done' ? (search.answer?.response.total ?? 0) : undefined;
  const trimmed = query.trim();

  useEffect(() => getSearchClient(assets).warm(), [assets]);
  useEffect(() => {
    if (settled !== undefined) reporter.settle(query, settled);
  }, [settled, query, reporter]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const all = [...(panel.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-link]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key] ?? 0;
      if (next < 0) onLeave(false);
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onLeave(true);
    }
  }

  const visible = (layout === 'sheet' || open) && trimmed !== '' && (results.length > 0 || search.status === 'done');
  const count = settled === undefined ? '' : describeSearchOutcome(strings, trimmed, search.answer?.response, settled);
  const frame = layout === 'sheet' ? 'p-2' : 'absolute left-0 right-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-left shadow-xl dark:border-slate-700 dark:bg-slate-900';
  return (
    <>
      <p id={statusId} role="status" className="sr-only">
        {layout === 'sheet' || open ? count : ''}
      </p>
      {visible ? (
        <div ref={panel} onKeyDown={onKeyDown} className={frame}>
          <SearchInlineAnswer response={search.answer?.response} query={query} strings={strings} compact onOpen={reporter.opened} />
          {results.length > 0 ? (
            <ul aria-label={strings.suggestionsLabel}>
              {results.map((result, index) => (
                <li key={result.articleId}>
                  <SearchResultLinks result={result} highlights={search.answer?.highlights[index]} query={query} maxSections={2} compact onOpen={reporter.opened} strings={strings} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400">{count}</p>
          )}
          <SearchMoreResults response={search.answer?.response} query={query} strings={strings} maxSections={2} compact showWeak={false} onOpen={reporter.opened} />
          <a href={`/${locale}/search?q=${encodeURIComponent(trimmed)}`} data-search-link="" className="mt-1 block rounded-md border-t border-slate-200 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:border-slate-700 dark:text-brand-300 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
            {format(strings.allResults, { query: trimmed })}
          </a>
        </div>
      ) : null}
    </>
  );
}
