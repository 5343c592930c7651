import { formatCount, formatShare } from '@/lib/admin/format-figures';
import type { getSearchesPage } from '@/lib/admin/get-searches-page';
import { getTopReason } from '@/lib/feedback/report-helpers';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';

export interface SearchesViewProps {
  locale: Locale;
  data: Awaited<ReturnType<typeof getSearchesPage>>;
  query: string;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The three search reports; each search with no results comes with snippets to paste. */
export function SearchesView({ locale, data, query }: SearchesViewProps) {
  const t = getAdminStrings(locale);
  const c = t.columns;
  return (
    <div className="space-y-10">
      <section aria-labelledby="top-searches" className="space-y-2">
        <h2 id="top-searches" className="text-lg font-semibold">{t.searches.top}</h2>
        {data.top.length === 0 ? <p>{t.none}</p> : (
          <DataTable caption={t.searches.top} head={[c.query, c.locale, c.count, c.results, t.searches.zero, c.opened, c.rate]}>
            {data.top.map((search) => (
              <tr key={`${search.locale}:${search.query}`}>
                <Cell><span lang={search.locale}>{search.query}</span></Cell>
                <Cell>{search.locale}</Cell>
                <Cell>{formatCount(search.searches, locale)}</Cell>
                <Cell>{search.averageResults.toFixed(1)}</Cell>
                <Cell>{formatShare(share(search.zeroResults, search.searches), locale)}</Cell>
                <Cell>{formatShare(share(search.opened, search.searches), locale)}</Cell>
                <Cell>{formatShare(search.rate, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="zero-results-title" id="zero-results" className="space-y-2">
        <h2 id="zero-results-title" className="text-lg font-semibold">{t.searches.zero}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.searches.zeroHint}</p>
        {data.zero.length === 0 ? <p>{t.none}</p> : (
          <ul className="space-y-3">
            {data.zero.map((search) => (
              <li key={`${search.locale}:${search.query}`} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
                <p className="font-semibold">
                  <span lang={search.locale}>{search.query}</span> <span className="text-sm font-normal">({search.locale} · {formatCount(search.searches, locale)})</span>
                </p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-brand-700 underline dark:text-brand-300">{t.searches.synonymLine}</summary>
                  <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{search.synonymLine}</pre>
                </details>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm text-brand-700 underline dark:text-brand-300">{t.searches.stub}</summary>
                  <pre className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">{search.stub}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ending-in-no" className="space-y-2">
        <h2 id="ending-in-no" className="text-lg font-semibold">{t.searches.endingInNo}</h2>
        {data.endingInNo.length === 0 ? <p>{t.none}</p> : (
          <DataTable caption={t.searches.endingInNo} head={[c.query, c.locale, c.article, c.entry, c.count, c.topReason]}>
            {data.endingInNo.map((search) => {
              const reason = getTopReason(search.reasons);
              return (
                <tr key={`${search.locale}:${search.query}:${search.articleId}:${search.anchor ?? ''}`}>
                  <Cell><span lang={search.locale}>{search.query}</span></Cell>
                  <Cell>{search.locale}</Cell>
                  <Cell>
                    <a href={`/admin/articles/${encodeURIComponent(search.articleId)}${query}`} className="text-brand-700 underline dark:text-brand-300">{search.title}</a>
                  </Cell>
                  <Cell>{search.anchor ?? t.articles.wholeArticle}</Cell>
                  <Cell>{formatCount(search.searches, locale)}</Cell>
                  <Cell>{reason ? t.reasons[reason] : t.notAvailable}</Cell>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>
    </div>
  );
}
