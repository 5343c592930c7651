import type { CatalogArticle } from '@/lib/admin/article-catalog';
import { formatMoment } from '@/lib/admin/format-figures';
import { MODERATION_STATES, type QueuedComment } from '@/lib/admin/moderation';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, isSupportedLocale, type Locale } from '@/lib/i18n/locales';
import { Cell, DataTable } from './data-table';
import { buttonClass, fieldClass } from './period-filter';
import { SelectField } from './select-field';

export interface CommentQueueProps {
  locale: Locale;
  comments: QueuedComment[];
  catalog: Map<string, CatalogArticle>;
  /** Where to come back to after moderating. */
  here: string;
}

const STATE_STYLES = {
  new: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  done: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  dismissed: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const;

/** The moderation queue: select comments, choose a state and an optional note, apply. Text is rendered escaped by React. */
export function CommentQueue({ locale, comments, catalog, here }: CommentQueueProps) {
  const t = getAdminStrings(locale);
  if (comments.length === 0) return <p>{t.none}</p>;
  return (
    <form method="post" action="/admin/comments/moderate">
      <input type="hidden" name="next" value={here} />
      <fieldset className="mb-4 flex flex-wrap items-end gap-3">
        <legend className="sr-only">{t.comments.markAs}</legend>
        <SelectField label={t.comments.markAs} name="state" defaultValue="done" options={MODERATION_STATES.map((state) => ({ value: state, label: t.states[state] }))} />
        <label className="flex flex-col gap-1 text-sm">
          {t.columns.note}
          <input type="text" name="note" maxLength={1000} placeholder={t.comments.notePlaceholder} className={fieldClass} />
        </label>
        <button type="submit" className={buttonClass}>
          {t.comments.apply}
        </button>
      </fieldset>
      <DataTable
        caption={t.comments.title}
        head={[t.columns.select, t.columns.comment, t.columns.reason, t.columns.article, t.columns.entry, t.columns.locale, t.columns.query, t.columns.date, t.columns.state]}
      >
        {comments.map((comment) => {
          const article = catalog.get(comment.articleId);
          return (
            <tr key={comment.id}>
              <Cell>
                <input type="checkbox" name="ids" value={comment.id} aria-label={format(t.comments.selected, { id: comment.id })} className="h-4 w-4" />
              </Cell>
              <Cell className="min-w-64 whitespace-pre-wrap break-words">
                <span lang={comment.locale}>{comment.comment}</span>
              </Cell>
              <Cell>{comment.reason ? t.reasons[comment.reason] : t.notAvailable}</Cell>
              <Cell>
                <a href={`/admin/articles/${encodeURIComponent(comment.articleId)}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  {article?.title ?? comment.articleId}
                </a>
              </Cell>
              <Cell>{comment.anchor ?? t.articles.wholeArticle}</Cell>
              <Cell>{isSupportedLocale(comment.locale) ? LOCALE_NAMES[comment.locale] : comment.locale}</Cell>
              <Cell>{comment.query ?? t.notAvailable}</Cell>
              <Cell className="whitespace-nowrap">{formatMoment(comment.updatedAt, locale)}</Cell>
              <Cell>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATE_STYLES[comment.state]}`}>{t.states[comment.state]}</span>
                {comment.moderatedAt && comment.state !== 'new' ? (
                  <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{format(t.comments.moderated, { date: formatMoment(comment.moderatedAt, locale) })}</span>
                ) : null}
                {comment.note ? <span className="mt-1 block text-xs">{comment.note}</span> : null}
              </Cell>
            </tr>
          );
        })}
      </DataTable>
    </form>
  );
}
