import { IntentLink } from './intent-link';
import type { LocalizedArticle } from '@/lib/content/get-content';
import { format, getDictionary } from '@/lib/i18n/dictionary';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';

export interface ArticleListProps {
  locale: Locale;
  articles: LocalizedArticle[];
}

/** Links to articles with their one-sentence descriptions; fallbacks are marked with their language. */
export function ArticleList({ locale, articles }: ArticleListProps) {
  const t = getDictionary(locale);
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {articles.map((article) => (
        <li key={article.meta.id}>
          <IntentLink
            href={article.path}
            className="block px-4 py-3 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500 dark:hover:bg-slate-900"
          >
            <span className="font-medium text-brand-700 dark:text-brand-300" lang={article.isFallback ? article.meta.locale : undefined}>
              {article.meta.title}
            </span>
            {article.isFallback ? (
              <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {format(t.fallbackBadge, { language: LOCALE_NAMES[article.meta.locale] })}
              </span>
            ) : null}
            <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400" lang={article.isFallback ? article.meta.locale : undefined}>
              {article.meta.description}
            </span>
          </IntentLink>
        </li>
      ))}
    </ul>
  );
}
