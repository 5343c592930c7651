import type { Locale } from '@/lib/i18n/locales';
import { getContentIndex, type LocalizedArticle } from './manifest-store';
import { readCompiledArticle, type CompiledArticle } from './compiled-articles';
import { CONTENT_REVISION } from './content-revision';
import type { CategoryMeta, SiteConfig } from './types';

export type { LocalizedArticle } from './manifest-store';

/** The site settings from site.yml. */
export function getSite(): SiteConfig {
  return getContentIndex(CONTENT_REVISION).manifest.site;
}

/** True when `value` is one of the site's locales. */
export function isSiteLocale(value: string): value is Locale {
  return (getSite().locales as string[]).includes(value);
}

/** Categories shown in a locale, in their `order`, with how many articles each holds. */
export function getCategories(locale: Locale): Array<CategoryMeta & { articleCount: number }> {
  const index = getContentIndex(CONTENT_REVISION);
  const articles = [...(index.byLocale.get(locale)?.values() ?? [])];
  return (index.categories.get(locale) ?? []).map((category) => ({
    ...category,
    articleCount: articles.filter((a) => a.meta.category === category.slug).length,
  }));
}

/** Featured articles for the home page of a locale (at most `limit`, so a large site keeps a short home page). */
export function getFeaturedArticles(locale: Locale, limit = 8): LocalizedArticle[] {
  return [...(getContentIndex(CONTENT_REVISION).byLocale.get(locale)?.values() ?? [])].filter((a) => a.meta.featured).slice(0, limit);
}

/** A category and its articles in a locale, or undefined when the locale has no such category. */
export function getCategory(locale: Locale, slug: string): { category: CategoryMeta; articles: LocalizedArticle[] } | undefined {
  const index = getContentIndex(CONTENT_REVISION);
  const category = index.categories.get(locale)?.find((c) => c.slug === slug);
  if (!category) return undefined;
  const articles = [...(index.byLocale.get(locale)?.values() ?? [])]
    .filter((a) => a.meta.category === slug)
    .sort((a, b) => a.meta.title.localeCompare(b.meta.title, locale));
  return { category, articles };
}

/** The article at /locale/category/slug (its translation or the default locale's fallback). */
export function getArticle(locale: Locale, category: string, slug: string): LocalizedArticle | undefined {
  return getContentIndex(CONTENT_REVISION).byPath.get(locale)?.get(`${category}/${slug}`);
}

/** The article with `id` as shown in `locale`, if it exists there or in the default locale. */
export function getArticleById(locale: Locale, id: string): LocalizedArticle | undefined {
  return getContentIndex(CONTENT_REVISION).byLocale.get(locale)?.get(id);
}

/** Where the article with `id` lives in each locale of the site (own translation or fallback). */
export function getAlternates(id: string): Array<{ locale: Locale; path: string; isFallback: boolean }> {
  return getSite().locales.flatMap((locale) => {
    const entry = getArticleById(locale, id);
    return entry ? [{ locale, path: entry.path, isFallback: entry.isFallback }] : [];
  });
}

/** Every article page to prerender, fallbacks included. */
export function getArticleParams(): Array<{ locale: Locale; category: string; slug: string }> {
  return [...getContentIndex(CONTENT_REVISION).byLocale.entries()].flatMap(([locale, ids]) =>
    [...ids.values()].map((a) => ({ locale: locale as Locale, category: a.meta.category, slug: a.meta.slug })),
  );
}

/** Every category page to prerender. */
export function getCategoryParams(): Array<{ locale: Locale; category: string }> {
  return [...getContentIndex(CONTENT_REVISION).categories.entries()].flatMap(([locale, list]) =>
    list.map((c) => ({ locale: locale as Locale, category: c.slug })),
  );
}

/** All articles as shown in a locale, for the sitemap and the search index. */
export function getLocaleArticles(locale: Locale): LocalizedArticle[] {
  return [...(getContentIndex(CONTENT_REVISION).byLocale.get(locale)?.values() ?? [])];
}

/** Compiled MDX code and structure of one article, from its own contentlayer JSON file: a page loads the body it renders and nothing else. */
export async function getArticleBody(article: LocalizedArticle): Promise<CompiledArticle> {
  return readCompiledArticle(article.meta.sourcePath);
}
