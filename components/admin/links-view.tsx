import { formatCount, formatShare } from '@/lib/admin/format-figures';
import type { getLinksPage } from '@/lib/admin/get-links-page';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';
import { LinkPicker } from './link-picker';

export interface LinksViewProps {
  locale: Locale;
  data: Awaited<ReturnType<typeof getLinksPage>>;
  query: string;
}

/** Resolution by source, the most shared support links, and the picker. */
export function LinksView({ locale, data, query }: LinksViewProps) {
  const t = getAdminStrings(locale);
  const c = t.columns;
  return (
    <div className="space-y-10">
      <section aria-labelledby="picker" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="picker" className="text-lg font-semibold">{t.links.picker}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.links.pickerHint}</p>
        <LinkPicker
          articles={data.picker}
          siteUrl={data.siteUrl}
          languages={LOCALE_NAMES}
          strings={{ findArticle: t.links.findArticle, article: c.article, linkLanguage: t.links.linkLanguage, customerLanguage: t.links.customerLanguage, anchor: t.links.anchor, wholeArticle: t.links.wholeArticle, copy: t.links.copy, copied: t.links.copied, copyFailed: t.links.copyFailed, link: t.links.link }}
        />
      </section>
      <section aria-labelledby="by-source" className="space-y-2">
        <h2 id="by-source" className="text-lg font-semibold">{t.links.bySource}</h2>
        <DataTable caption={t.links.bySource} head={[c.source, c.votes, c.yes, c.no, c.rate]}>
          {data.sources.map((entry) => (
            <tr key={entry.source ?? 'none'}>
              <Cell>{t.sources[entry.source ?? 'none']}</Cell>
              <Cell>{formatCount(entry.total, locale)}</Cell>
              <Cell>{formatCount(entry.yes, locale)}</Cell>
              <Cell>{formatCount(entry.no, locale)}</Cell>
              <Cell>{formatShare(entry.rate, locale)}</Cell>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="most-shared" className="space-y-2">
        <h2 id="most-shared" className="text-lg font-semibold">{t.links.mostShared}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.links.supportNote}</p>
        {data.shared.length === 0 ? <p>{t.none}</p> : (
          <DataTable caption={t.links.mostShared} head={[c.article, c.votes, c.yes, c.rate]}>
            {data.shared.map((row) => (
              <tr key={row.articleId}>
                <Cell>
                  <a href={`/admin/articles/${encodeURIComponent(row.articleId)}${query}`} className="text-brand-700 underline dark:text-brand-300">{row.title}</a>
                </Cell>
                <Cell>{formatCount(row.votes, locale)}</Cell>
                <Cell>{formatCount(row.yes, locale)}</Cell>
                <Cell>{formatShare(row.rate, locale)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
