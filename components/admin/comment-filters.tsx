import type { CatalogArticle } from '@/lib/admin/article-catalog';
import { MODERATION_STATES } from '@/lib/admin/moderation';
import { VOTE_REASONS } from '@/lib/feedback/vote-options';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { buttonClass, toLocaleOptions } from './period-filter';
import { SelectField } from './select-field';

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
      <SelectField label={t.filters.state} name="state" defaultValue={filters.state ?? ''} allLabel={t.filters.allStates} options={MODERATION_STATES.map((state) => ({ value: state, label: t.states[state] }))} />
      <SelectField label={t.filters.reason} name="reason" defaultValue={filters.reason ?? ''} allLabel={t.filters.allReasons} options={VOTE_REASONS.map((reason) => ({ value: reason, label: t.reasons[reason] }))} />
      <SelectField label={t.filters.locale} name="locale" defaultValue={filters.locale ?? ''} allLabel={t.filters.allLocales} options={toLocaleOptions(locales)} />
      <SelectField
        label={t.filters.article}
        name="article"
        defaultValue={filters.articleId ?? ''}
        allLabel={t.filters.allArticles}
        options={[...catalog.values()].map((article) => ({ value: article.id, label: article.title }))}
        className="max-w-64"
      />
      <button type="submit" className={buttonClass}>
        {t.filters.apply}
      </button>
    </form>
  );
}
