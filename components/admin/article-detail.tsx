import { formatCount, formatMoment, formatShare } from '@/lib/admin/format-figures';
import type { getArticlePage } from '@/lib/admin/get-article-page';
import { createCounts, type ResolutionCounts } from '@/lib/feedback/report-helpers';
import { VOTE_REASONS } from '@/lib/feedback/vote-options';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, isSupportedLocale, type Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';

export interface ArticleDetailProps {
  locale: Locale;
  data: NonNullable<Awaited<ReturnType<typeof getArticlePage>>>;
}

const linkClass = 'text-brand-700 underline underline-offset-2 dark:text-brand-300';
const localeName = (code: string) => (isSupportedLocale(code) ? LOCALE_NAMES[code] : code);

/** The sections of one article's page in the dashboard. */
export function ArticleDetail({ locale, data }: ArticleDetailProps) {
  const t = getAdminStrings(locale);
  const c = t.columns;
  const resolution = data.resolution;
  const countsRow = (key: string, label: string, counts: ResolutionCounts) => (
    <tr key={key}>
      <Cell>{label}</Cell>
      <Cell>{formatCount(counts.total, locale)}</Cell>
      <Cell>{formatCount(counts.yes, locale)}</Cell>
      <Cell>{formatCount(counts.no, locale)}</Cell>
      <Cell>{formatShare(counts.rate, locale)}</Cell>
    </tr>
  );
  const entryTitles = new Map(data.article.primary.faqs.map((faq) => [faq.id, faq.title]));
  for (const heading of data.article.primary.headings) entryTitles.set(heading.slug, heading.text);
  const reasons = resolution?.reasons ?? createCounts().reasons;
  return (
    <div className="space-y-8">
      <ul className="flex flex-wrap gap-4 text-sm">
        <li><a href={data.links.live} className={linkClass}>{t.articles.live}</a></li>
        <li><a href={data.links.short} className={linkClass}>{t.articles.shortLink}: {data.links.short}</a></li>
        {data.links.source ? <li><a href={data.links.source} className={linkClass}>{t.articles.sourceFile}</a></li> : null}
      </ul>
      <section aria-labelledby="per-locale" className="space-y-2">
        <h2 id="per-locale" className="text-lg font-semibold">{t.articles.perLocale}</h2>
        <DataTable caption={t.articles.perLocale} head={[c.locale, c.votes, c.yes, c.no, c.rate]}>
          {countsRow('all', t.filters.allLocales, resolution ?? createCounts())}
          {data.article.translations.map((meta) => countsRow(meta.locale, localeName(meta.locale), resolution?.byLocale[meta.locale] ?? createCounts()))}
        </DataTable>
      </section>
      <section aria-labelledby="per-entry" className="space-y-2">
        <h2 id="per-entry" className="text-lg font-semibold">{t.articles.perEntry}</h2>
        {resolution && Object.keys(resolution.byAnchor).length > 0 ? (
          <DataTable caption={t.articles.perEntry} head={[c.entry, c.votes, c.yes, c.no, c.rate]}>
            {Object.entries(resolution.byAnchor).map(([anchor, counts]) => countsRow(anchor, entryTitles.get(anchor) ?? anchor, counts))}
          </DataTable>
        ) : (
          <p>{t.none}</p>
        )}
      </section>
      <section aria-labelledby="reasons" className="space-y-2">
        <h2 id="reasons" className="text-lg font-semibold">{t.articles.reasons}</h2>
        <ul className="flex flex-wrap gap-4">
          {VOTE_REASONS.map((reason) => (
            <li key={reason}>{t.reasons[reason]}: <strong>{formatCount(reasons[reason], locale)}</strong></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-lg font-semibold">{t.articles.sources}</h2>
        <DataTable caption={t.articles.sources} head={[c.source, c.votes, c.yes, c.no, c.rate]}>
          {data.sources.map((entry) => countsRow(entry.source ?? 'none', t.sources[entry.source ?? 'none'], entry))}
        </DataTable>
      </section>
      <section aria-labelledby="searches" className="space-y-2">
        <h2 id="searches" className="text-lg font-semibold">{t.articles.searches}</h2>
        {data.searches.length === 0 ? <p>{t.none}</p> : (
          <DataTable caption={t.articles.searches} head={[c.query, c.locale, c.opened, c.yes, c.no]}>
            {data.searches.map((search) => (
              <tr key={`${search.locale}:${search.query}`}>
                <Cell><span lang={search.locale}>{search.query}</span></Cell>
                <Cell>{localeName(search.locale)}</Cell>
                <Cell>{formatCount(search.opened, locale)}</Cell>
                <Cell>{formatCount(search.yes, locale)}</Cell>
                <Cell>{formatCount(search.no, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <section aria-labelledby="comments" className="space-y-2">
        <h2 id="comments" className="text-lg font-semibold">{t.articles.comments}</h2>
        {data.comments.length === 0 ? <p>{t.none}</p> : (
          <ul className="space-y-2">
            {data.comments.map((comment) => (
              <li key={comment.id} className="rounded border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
                <p className="whitespace-pre-wrap break-words" lang={comment.locale}>{comment.comment}</p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {comment.reason ? t.reasons[comment.reason] : t.notAvailable} · {localeName(comment.locale)} · {formatMoment(comment.updatedAt, locale)} · {t.states[comment.state]}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
