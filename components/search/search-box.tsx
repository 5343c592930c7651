'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { format } from '@/lib/i18n/dictionary';
import type { SearchStrings } from '@/lib/i18n/search-strings';
import type { SearchAssets } from '@/lib/search/search-client';
import { getSearchClient } from '@/lib/search/search-client';
import { createSearchReporter } from '@/lib/search/search-events';
import { SearchInlineAnswer } from './search-answer';
import { SearchMoreResults } from './search-more-results';
import { SearchResultLinks } from './search-result-links';
import { useSearch } from './use-search';

export interface SearchBoxProps {
  locale: string;
  assets: SearchAssets;
  strings: SearchStrings;
  large?: boolean;
  /** This box answers Ctrl/Cmd+K and "/" (one box per page). */
  shortcut?: boolean;
}

/** Runs `fn` when the browser is idle (or soon, where it cannot tell); returns a cancel function. */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: 4000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 2000);
  return () => clearTimeout(timer);
}

/** True when the browser reports a data-saving or slow connection: then nothing loads before intent. */
function isFrugalConnection(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  return Boolean(connection?.saveData) || ['slow-2g', '2g', '3g'].includes(connection?.effectiveType ?? '');
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Instant search in the header: results as you type, arrows to move, Enter to open, Escape to close. */
export function SearchBox({ locale, assets, strings, large = false, shortcut = false }: SearchBoxProps) {
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const reporter = useMemo(() => createSearchReporter(locale), [locale]);
  const search = useSearch(assets, query, { prefix: !/\s$/.test(query), limit: 6 });
  const results = search.answer?.response.results ?? [];
  const settled = search.status === 'done' ? (search.answer?.response.total ?? 0) : undefined;

  useEffect(() => {
    if (settled !== undefined) reporter.settle(query, settled);
  }, [settled, query, reporter]);

  useEffect(() => {
    // The index is warmed while idle, except on a connection that asks to save data: there it waits for intent.
    const cancelIdle = isFrugalConnection() ? () => undefined : whenIdle(() => getSearchClient(assets).warm());
    if (!shortcut) return cancelIdle;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const combo = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (combo || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      cancelIdle();
    };
  }, [assets, shortcut]);

  const links = () => [...(panel.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-link]') ?? [])];

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => links()[0]?.focus());
    } else if (event.key === 'Escape') {
      if (open && value) setOpen(false);
      else {
        setValue('');
        setQuery('');
      }
    }
  }

  function onPanelKey(event: KeyboardEvent<HTMLDivElement>) {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key] ?? 0;
      if (next < 0) input.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      input.current?.focus();
    }
  }

  const showPanel = open && query.trim() !== '' && (results.length > 0 || search.status === 'done');
  const count = settled === undefined ? '' : settled === 1 ? strings.resultCountOne : settled === 0 ? format(strings.noResults, { query: query.trim() }) : format(strings.resultCount, { count: settled });
  return (
    <div className="relative w-full" onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false); }}>
      <form role="search" action={`/${locale}/search`} method="get" className="relative">
        <label htmlFor={`${id}-input`} className="sr-only">{strings.label}</label>
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="search"
          value={value}
          placeholder={strings.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={`${id}-status`}
          aria-keyshortcuts={shortcut ? 'Control+K Meta+K /' : undefined}
          onFocus={() => getSearchClient(assets).warm()}
          onClick={() => setOpen(true)}
          onPointerEnter={() => getSearchClient(assets).warm()}
          onCompositionStart={() => { composing.current = true; }}
          onCompositionEnd={(event) => { composing.current = false; setQuery(event.currentTarget.value); }}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            // An input method's unfinished syllables are not a query yet.
            if (!composing.current && !(event.nativeEvent as InputEvent).isComposing) setQuery(event.target.value);
          }}
          onKeyDown={onInputKey}
          className={`w-full rounded-lg border border-slate-300 bg-white pr-20 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${large ? 'px-4 py-3 text-lg' : 'px-3 py-1.5 text-sm'}`}
        />
        <button type="submit" className={`absolute right-1 top-1/2 -translate-y-1/2 rounded-md bg-brand-600 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900 ${large ? 'px-4 py-2' : 'px-2.5 py-1 text-xs'}`}>
          {strings.submit}
        </button>
      </form>
      <p id={`${id}-status`} role="status" className="sr-only">{open ? count : ''}</p>
      {showPanel ? (
        <div ref={panel} onKeyDown={onPanelKey} className="absolute left-0 right-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 text-left shadow-xl dark:border-slate-700 dark:bg-slate-900">
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
          <a href={`/${locale}/search?q=${encodeURIComponent(query.trim())}`} data-search-link="" className="mt-1 block rounded-md border-t border-slate-200 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:border-slate-700 dark:text-brand-300 dark:hover:bg-slate-800 dark:focus:bg-slate-800">
            {format(strings.allResults, { query: query.trim() })}
          </a>
        </div>
      ) : null}
    </div>
  );
}
