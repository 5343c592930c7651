import { IntentLink } from './intent-link';
import type { LocalizedArticle } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

export interface SectionArticlesProps {
  locale: Locale;
  /** The articles of the current article's category, in reading order. */
  articles: LocalizedArticle[];
  currentId: string;
  /** Tells the two copies apart (beside the text on desktop, after it on a phone). */
  idSuffix: string;
  className?: string;
}

/** "Articles in this section": the category's articles, the current one marked. */
export function SectionArticles({ locale, articles, currentId, idSuffix, className = '' }: SectionArticlesProps) {
  if (articles.length < 2) return null;
  const t = getDictionary(locale);
  const headingId = `section-articles-${idSuffix}`;
  return (
    <nav aria-labelledby={headingId} className={`no-print text-sm ${className}`}>
      <h2 id={headingId} className="mb-2 font-semibold text-slate-900 dark:text-slate-100">{t.articlesInSection}</h2>
      <ul className="space-y-1">
        {articles.map((article) => (
          <li key={article.meta.id}>
            <IntentLink
              href={article.path}
              // A whole section in view would prefetch every article; navigation stays client-side.
              prefetch={false}
              aria-current={article.meta.id === currentId ? 'page' : undefined}
              className="block rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-700 dark:text-slate-400 dark:hover:bg-slate-900 dark:hover:text-brand-300 dark:aria-[current=page]:bg-slate-900 dark:aria-[current=page]:text-brand-300"
            >
              {article.meta.title}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
