import { formatCount, formatShare, formatShareChange } from '@/lib/admin/format-figures';
import type { ArticleRow } from '@/lib/admin/get-articles-page';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';

export interface ArticlesTableProps {
  locale: Locale;
  rows: ArticleRow[];
  /** The period's query string, kept on the links to each article. */
  query: string;
}

/** Articles with votes, Yes, No, rate, change against the previous period, top reason and failure score. */
export function ArticlesTable({ locale, rows, query }: ArticlesTableProps) {
  const t = getAdminStrings(locale);
  const c = t.columns;
  return (
    <DataTable caption={t.articles.title} head={[c.article, c.category, c.votes, c.yes, c.no, c.rate, c.change, c.topReason, c.score]}>
      {rows.map((row) => (
        <tr key={row.id}>
          <Cell>
            <a href={`/admin/articles/${encodeURIComponent(row.id)}${query}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
              {row.title}
            </a>
          </Cell>
          <Cell>{row.category}</Cell>
          <Cell>{formatCount(row.votes, locale)}</Cell>
          <Cell>{formatCount(row.yes, locale)}</Cell>
          <Cell>{formatCount(row.no, locale)}</Cell>
          <Cell>{formatShare(row.rate, locale)}</Cell>
          <Cell className="whitespace-nowrap">{formatShareChange(row.rate, row.previousRate, locale)}</Cell>
          <Cell>{row.topReason ? t.reasons[row.topReason] : t.notAvailable}</Cell>
          <Cell>{row.votes > 0 ? row.score.toFixed(2) : t.notAvailable}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
