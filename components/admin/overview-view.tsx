import { formatCount, formatShare } from '@/lib/admin/format-figures';
import type { getOverview } from '@/lib/admin/get-overview';
import { type ReportPeriod, toPeriodQuery } from '@/lib/admin/report-period';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { StatCard } from './stat-card';
import { TrendChart } from './trend-chart';

export interface OverviewViewProps {
  locale: Locale;
  period: ReportPeriod;
  overview: Awaited<ReturnType<typeof getOverview>>;
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const linkClass = 'text-brand-700 underline underline-offset-2 dark:text-brand-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 rounded';

/** Headline figures, the two daily charts, and the articles and searches that need attention. */
export function OverviewView({ locale, period, overview }: OverviewViewProps) {
  const t = getAdminStrings(locale);
  const { totals, previous, daily } = overview;
  const previousOf = (value: string) => format(t.overview.previous, { value });
  const query = toPeriodQuery(period);
  return (
    <>
      <dl className="mb-8 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <StatCard label={t.overview.votes} value={formatCount(totals.votes, locale)} previous={previousOf(formatCount(previous.votes, locale))} />
        <StatCard label={t.overview.rate} value={formatShare(totals.rate, locale)} previous={previousOf(formatShare(previous.rate, locale))} />
        <StatCard label={t.overview.searches} value={formatCount(totals.searches, locale)} previous={previousOf(formatCount(previous.searches, locale))} />
        <StatCard label={t.overview.zeroShare} value={formatShare(totals.zeroShare, locale)} previous={previousOf(formatShare(previous.zeroShare, locale))} />
        <StatCard label={t.overview.yesShare} value={formatShare(totals.yesShare, locale)} previous={previousOf(formatShare(previous.yesShare, locale))} />
      </dl>
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="votes-chart" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="votes-chart" className="mb-2 font-semibold">{t.overview.votesChart}</h2>
          <TrendChart
            label={`${t.overview.votesChart}: ${format(t.overview.chartSummary, { days: daily.length, total: formatCount(totals.votes, locale) })}`}
            days={daily.map((d) => d.day)}
            bars={[
              { name: t.overview.yesSeries, values: daily.map((d) => d.yes), tone: 'good' },
              { name: t.overview.noSeries, values: daily.map((d) => d.no), tone: 'bad' },
            ]}
            line={{ name: t.overview.rateSeries, values: daily.map((d) => percent(d.yes, d.yes + d.no)) }}
          />
        </section>
        <section aria-labelledby="searches-chart" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="searches-chart" className="mb-2 font-semibold">{t.overview.searchesChart}</h2>
          <TrendChart
            label={`${t.overview.searchesChart}: ${format(t.overview.chartSummary, { days: daily.length, total: formatCount(totals.searches, locale) })}`}
            days={daily.map((d) => d.day)}
            bars={[{ name: t.overview.searchSeries, values: daily.map((d) => d.searches), tone: 'neutral' }]}
            line={{ name: t.overview.zeroSeries, values: daily.map((d) => percent(d.zeroResults, d.searches)) }}
          />
        </section>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="failing">
          <h2 id="failing" className="mb-2 text-lg font-semibold">{t.overview.failing}</h2>
          {overview.failing.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-6">
              {overview.failing.map((article) => (
                <li key={article.articleId}>
                  <a href={`/admin/articles/${encodeURIComponent(article.articleId)}${query}`} className={linkClass}>
                    {article.title}
                  </a>{' '}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {t.columns.no} {formatCount(article.no, locale)} / {formatCount(article.total, locale)} · {t.columns.rate} {formatShare(article.rate, locale)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="zero">
          <h2 id="zero" className="mb-2 text-lg font-semibold">{t.overview.zeroSearches}</h2>
          {overview.zero.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ol className="list-decimal space-y-1 pl-6">
              {overview.zero.map((search) => (
                <li key={`${search.locale}:${search.query}`}>
                  <a href={`/admin/searches${toPeriodQuery(period, { q: search.query })}#zero-results`} className={linkClass}>
                    <span lang={search.locale}>{search.query}</span>
                  </a>{' '}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {search.locale} · {formatCount(search.searches, locale)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}
