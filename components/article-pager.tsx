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
    return (
    <nav aria-label={t.morePages} className="no-print mt-10 grid gap-3 sm:grid-cols-2">
      {previous ? (
        <IntentLink href={previous.path} rel="prev" className="group pager-card">
          <span className="pager-label">← {t.previousArticle}</span>
          <span className="pager-title">{previous.meta.title}</span>
        </IntentLink>
      ) : (
        <span className="hidden sm:block" />
      )}
      {next ? (
        <IntentLink href={next.path} rel="next" className="group pager-card sm:text-right">
          <span className="pager-label">{t.nextArticle} →</span>
          <span className="pager-title">{next.meta.title}</span>
        </IntentLink>
      ) : null}
    </nav>
  );
}
