import { cache } from 'react';
import type { Locale } from '@/lib/i18n/locales';

/** The article being rendered, for MDX components that receive no props about it (headings). */
export interface ArticleScope {
  articleId: string;
  locale: Locale;
  /** This translation's own heading ids mapped to the ids every language shares (only those that differ). */
  headingIds?: Record<string, string>;
}

// React's cache() is scoped to one server render, so this is per page, never shared between requests.
const holder = cache((): { current?: ArticleScope } => ({}));

/** Called by the article page before its body renders. */
export function setArticleScope(scope: ArticleScope): void {
  holder().current = scope;
}

/** The article whose body is rendering, or undefined outside an article page. */
export function getArticleScope(): ArticleScope | undefined {
  return holder().current;
}
