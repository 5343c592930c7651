import type { ReviewItem, ReviewReason } from '@/lib/admin/get-review-queue';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, isSupportedLocale, type Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';

export interface ReviewQueueProps {
  locale: Locale;
  items: ReviewItem[];
  query: string;
}

const linkClass = 'text-brand-700 underline underline-offset-2 dark:text-brand-300';

/** The review queue as a table: article, owner, why it is listed, where to edit it. */
export function ReviewQueue({ locale, items, query }: ReviewQueueProps) {
  const t = getAdminStrings(locale);
  if (items.length === 0) return <p>{t.none}</p>;
  const describe = (reason: ReviewReason): string => {
    if (reason.kind === 'overdue') return format(t.review.overdue, { date: reason.since });
    if (reason.kind === 'outdated') return format(t.review.outdated, { count: reason.votes });
    const name = isSupportedLocale(reason.locale) ? LOCALE_NAMES[reason.locale] : reason.locale;
    return format(t.review[reason.kind], { locale: name });
  };
  return (
    <DataTable caption={t.review.title} head={[t.columns.article, t.columns.owner, t.columns.why, t.columns.edit]}>
      {items.map((item) => (
        <tr key={item.id}>
          <Cell>
            <a href={`/admin/articles/${encodeURIComponent(item.id)}${query}`} className={linkClass}>{item.title}</a>
          </Cell>
          <Cell>{item.owner ?? t.notAvailable}</Cell>
          <Cell>
            <ul className="list-disc space-y-0.5 pl-4">
              {item.reasons.map((reason, index) => (
                <li key={index}>{describe(reason)}</li>
              ))}
            </ul>
          </Cell>
          <Cell>{item.editUrl ? <a href={item.editUrl} className={linkClass}>{t.columns.edit}<span className="sr-only"> {item.title}</span></a> : t.notAvailable}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
