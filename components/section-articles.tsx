import { IntentLink } from './intent-link';
import type { LocalizedArticle } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

export interface SectionArticlesProps {
  locale: Locale;
  /** The articles of the current article's category, in reading order. */
  articles: LocalizedArticle[];
  currentId: string;
  className?: string;
}

/** "Articles in this section": the category's articles, the current one marked. */
export function SectionArticles({ locale, articles, currentId, className = '' }: SectionArticlesProps) {
  if (articles.length < 2) return null;
  const t = getDictionary(locale);
  const headingId = 'section-articles';
  return (
    <nav aria-labelledby={headingId} className={`no-print text-sm ${className}`}>
      <h2 id={headingId} className="mb-2 font-semibold text-slate-900 dark:text-slate-100">{t.articlesInSection}</h2>
      <ul className="space-y-1">
        {articles.map((article) => (
          <li key={article.meta.id}>
            <IntentLink
              href={article.path}
              aria-current={article.meta.id === currentId ? 'page' : undefined}
              className="section-link"
            >
              {article.meta.title}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
