'use client';

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { format } from '@/lib/i18n/format';
import type { SearchStrings } from '@/lib/i18n/search-strings';
import { readTriedArticles } from '@/lib/contact/tried-articles';
import type { ContactChannels } from '@/lib/content/schemas';
import type { ContactStrings } from '@/lib/i18n/contact-strings';
import { ContactOptions } from '../contact-options';
import type { SearchAssets } from '@/lib/search/search-client';
import { createSearchReporter } from '@/lib/search/search-events';
import { describeSearchOutcome, getSearchOutcome } from '@/lib/search/search-outcome';
import { SearchInlineAnswer } from './search-answer';
import { SearchMoreResults } from './search-more-results';
import { SearchResultLinks } from './search-result-links';
import { useSearch } from './use-search';

/*
 * The page is prerendered once per language: the server renders the heading, the box and a
 * searching state; in the browser the address's ?q= and ?category= fill them in. Changing them
 * replaces the address in place (no server round trip), so a shared link shows the same.
 */
const ADDRESS_EVENT = 'resolve-search-address';
function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(ADDRESS_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(ADDRESS_EVENT, onChange);
  };
}
const readAddress = () => window.location.search;
/** On the server (and while hydrating) the query is not known yet. */
const unknownAddress = () => null;

export interface SearchPageProps {
  locale: string;
  assets: SearchAssets;
  strings: SearchStrings;
  categories: Array<{ slug: string; title: string }>;
  featured: Array<{ id: string; title: string; path: string; description: string }>;
  contact: ContactChannels;
  contactStrings: ContactStrings;
}

/** The full search page: the query and topic live in the URL, so a shared link shows the same results. */
export function SearchPage({ locale, assets, strings, categories, featured, contact, contactStrings }: SearchPageProps) {
  const address = useSyncExternalStore(subscribeToAddress, readAddress, unknownAddress);
  const params = useMemo(() => (address === null ? undefined : new URLSearchParams(address)), [address]);
  const urlQuery = params?.get('q') ?? '';
  const category = params?.get('category') ?? '';
  const [value, setValue] = useState(urlQuery);
  const id = useId();
  const reporter = useMemo(() => createSearchReporter(locale), [locale]);
  const search = useSearch(assets, urlQuery, { prefix: false, limit: 50, ...(category ? { category } : {}) });
  const final = params !== undefined && (search.status === 'done' || search.status === 'error' || (search.status === 'idle' && urlQuery.trim() === ''));
  const results = search.status === 'done' ? (search.answer?.response.results ?? []) : [];
  const outcome = getSearchOutcome(search.status === 'done' ? search.answer?.response : undefined);

  // When the address's query changes (first render in the browser, back button), the field follows it.
  const [shownQuery, setShownQuery] = useState(urlQuery);
  if (shownQuery !== urlQuery) {
    setShownQuery(urlQuery);
    setValue(urlQuery);
  }
  useEffect(() => {
    if (search.status === 'done') reporter.settle(urlQuery, search.answer?.response.total ?? 0);
  }, [search.status, search.answer, urlQuery, reporter]);

  // The language switcher's links keep the query and the topic.
  useEffect(() => {
    if (!params) return;
    const kept = new URLSearchParams();
    if (urlQuery) kept.set('q', urlQuery);
    if (category) kept.set('category', category);
    const suffix = kept.size > 0 ? `?${kept.toString()}` : '';
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-link]')) link.setAttribute('href', `${link.pathname}${suffix}`);
  }, [params, urlQuery, category]);

  function navigate(next: { q?: string; category?: string }) {
    const query = new URLSearchParams();
    const q = (next.q ?? urlQuery).trim();
    const topic = next.category ?? category;
    if (q) query.set('q', q);
    if (topic) query.set('category', topic);
    window.history.replaceState(null, '', `${window.location.pathname}?${query.toString()}`);
    window.dispatchEvent(new Event(ADDRESS_EVENT));
  }

  const trimmed = urlQuery.trim();
  const status = !final ? strings.searching : search.status === 'error' ? strings.loadFailed : trimmed === '' ? '' : describeSearchOutcome(strings, trimmed, search.answer?.response);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{trimmed ? format(strings.pageTitleWithQuery, { query: trimmed }) : strings.pageTitle}</h1>
      <form role="search" action={`/${locale}/search`} method="get" className="mt-6 flex flex-col gap-3 sm:flex-row" onSubmit={(event) => { event.preventDefault(); navigate({ q: value }); }}>
        <label htmlFor={`${id}-q`} className="sr-only">{strings.label}</label>
        <input id={`${id}-q`} name="q" type="search" value={value} onChange={(event) => setValue(event.target.value)} placeholder={strings.placeholder} autoComplete="off" enterKeyHint="search" className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 [&::-webkit-search-cancel-button]:appearance-none" />
        <label htmlFor={`${id}-topic`} className="sr-only">{strings.topicFilter}</label>
        <select id={`${id}-topic`} name="category" value={category} onChange={(event) => navigate({ category: event.target.value })} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
          <option value="">{strings.allTopics}</option>
          {categories.map((c) => <option key={c.slug} value={c.slug}>{c.title}</option>)}
        </select>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2">{strings.submit}</button>
      </form>
      <p role="status" data-search-status="" className="mt-6 flex min-h-5 items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        {final ? null : <span aria-hidden="true" className="h-4 w-4 shrink-0 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 motion-reduce:animate-none dark:border-slate-700 dark:border-t-brand-300" />}
        {status}
      </p>
      <noscript>
        <style>{'[data-search-status]{display:none}'}</style>
        <p className="mt-6 text-slate-700 dark:text-slate-300">{strings.noScript}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {categories.map((c) => (
            <li key={c.slug}>
              <a href={`/${locale}/${c.slug}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{c.title}</a>
            </li>
          ))}
        </ul>
      </noscript>
      {search.status === 'done' ? <SearchInlineAnswer response={search.answer?.response} query={trimmed} strings={strings} onOpen={reporter.opened} /> : null}
      <ol id="search-results" aria-label={strings.resultsLabel} aria-busy={final ? 'false' : 'true'} className="mt-3 space-y-3">
        {results.map((result, index) => (
          <li key={result.articleId} className="rounded-xl border border-slate-200 p-2 dark:border-slate-800">
            <SearchResultLinks result={result} highlights={search.answer?.highlights[index]} query={trimmed} maxSections={3} onOpen={reporter.opened} strings={strings} />
          </li>
        ))}
      </ol>
      {search.status === 'done' ? <SearchMoreResults response={search.answer?.response} query={trimmed} strings={strings} maxSections={3} onOpen={reporter.opened} /> : null}
      {final && trimmed !== '' && outcome.kind === 'none' && search.status !== 'error' ? (
        <div className="mt-6 space-y-4">
          <p>{strings.noResultsHint}</p>
          <ContactOptions channels={contact} context={{ query: trimmed, tried: readTriedArticles() }} strings={{ ...contactStrings, form: strings.contactWithQuery }} />
        </div>
      ) : null}
      {final && outcome.kind === 'none' ? (
        <section aria-labelledby={`${id}-suggested`} className="mt-8">
          <h2 id={`${id}-suggested`} className="mb-3 text-lg font-semibold text-slate-900 dark:text-white">{strings.suggested}</h2>
          <ul className="space-y-2">
            {featured.map((article) => (
              <li key={article.id}>
                <a href={article.path} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">{article.title}</a>
                <p className="text-sm text-slate-600 dark:text-slate-400">{article.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
