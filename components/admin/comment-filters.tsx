import type { CatalogArticle } from '@/lib/admin/article-catalog';
import { MODERATION_STATES } from '@/lib/admin/moderation';
import { VOTE_REASONS } from '@/lib/feedback/vote-options';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { buttonClass, fieldClass } from './period-filter';

export interface CommentFiltersProps {
  locale: Locale;
  locales: readonly Locale[];
  catalog: Map<string, CatalogArticle>;
  filters: { state?: string | undefined; reason?: string | undefined; articleId?: string | undefined; locale?: string | undefined };
}

/** State, reason, language and article filters of the moderation queue (a GET form). */
export function CommentFilters({ locale, locales, catalog, filters }: CommentFiltersProps) {
  const t = getAdminStrings(locale);
  return (
    <form method="get" action="/admin/comments" aria-label={t.filters.label} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.state}
        <select name="state" defaultValue={filters.state ?? ''} className={fieldClass}>
          <option value="">{t.filters.allStates}</option>
          {MODERATION_STATES.map((state) => (
            <option key={state} value={state}>
              {t.states[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.reason}
        <select name="reason" defaultValue={filters.reason ?? ''} className={fieldClass}>
          <option value="">{t.filters.allReasons}</option>
          {VOTE_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t.reasons[reason]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.locale}
        <select name="locale" defaultValue={filters.locale ?? ''} className={fieldClass}>
          <option value="">{t.filters.allLocales}</option>
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.article}
        <select name="article" defaultValue={filters.articleId ?? ''} className={`${fieldClass} max-w-64`}>
          <option value="">{t.filters.allArticles}</option>
          {[...catalog.values()].map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass}>
        {t.filters.apply}
      </button>
    </form>
  );
}
