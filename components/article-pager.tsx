import type { LocalizedArticle } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { IntentLink } from './intent-link';

export interface ArticlePagerProps {
  locale: Locale;
  previous?: LocalizedArticle;
  next?: LocalizedArticle;
}

/** Previous and next articles of the same section, as two cards. */
export function ArticlePager({ locale, previous, next }: ArticlePagerProps) {
  if (!previous && !next) return null;
  const t = getDictionary(locale);
  const card = 'group block rounded-xl border border-slate-200 px-4 py-3 hover:border-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-800 dark:hover:border-brand-300';
  return (
    <nav aria-label={t.morePages} className="no-print mt-10 grid gap-3 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={previous.path} rel="prev" className={card}>
          <span className="block text-xs text-slate-600 dark:text-slate-400">← {t.previousArticle}</span>
          <span className="mt-0.5 block font-medium text-brand-700 group-hover:underline dark:text-brand-300">{previous.meta.title}</span>
        </IntentLink>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next ? (
        <IntentLink href={next.path} rel="next" className={`${card} sm:text-right`}>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{t.nextArticle} →</span>
          <span className="mt-0.5 block font-medium text-brand-700 group-hover:underline dark:text-brand-300">{next.meta.title}</span>
        </IntentLink>
      ) : null}
    </nav>
  );
}
