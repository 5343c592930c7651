import { ContentError } from './content-error';
import type { SourceArticle, SourceCategory } from './read-content-dir';
import type { SiteConfig } from './types';

/** Category folder names that would hide a route of the site itself. */
const RESERVED_CATEGORY_SLUGS = new Set(['search', 'api', 'admin', 'a']);

/** True when an article is left out of the public build: a draft, or a translation still to be written. */
export function isUnpublished(article: Pick<SourceArticle, 'frontMatter'>): boolean {
  return Boolean(article.frontMatter.draft || article.frontMatter.needsTranslation);
}

/** URL path of an article. */
export function articlePath(article: Pick<SourceArticle, 'locale' | 'category' | 'slug'>): string {
  return `/${article.locale}/${article.category}/${article.slug}`;
}

/** Every path the site serves: locale homes, categories (with fallbacks) and articles. */
export function collectRealPaths(site: SiteConfig, articles: SourceArticle[], categories: SourceCategory[]): Set<string> {
  const paths = new Set<string>();
  const fallbackLocales = site.locales;
  for (const locale of site.locales) paths.add(`/${locale}`).add(`/${locale}/search`);
  for (const category of categories) {
    const targets = category.locale === site.defaultLocale ? fallbackLocales : [category.locale];
    for (const locale of targets) paths.add(`/${locale}/${category.slug}`);
  }
  for (const article of articles) {
    if (isUnpublished(article)) continue;
    const targets = article.locale === site.defaultLocale ? fallbackLocales : [article.locale];
    for (const locale of targets) paths.add(articlePath({ ...article, locale }));
  }
  return paths;
}

/**
 * Checks rules that span files: unique ids per locale, translations in the same category,
 * `related` ids that exist, redirects that do not shadow real pages, links to pages that exist.
 */
export function checkContent(site: SiteConfig, articles: SourceArticle[], categories: SourceCategory[]): ContentError[] {
  const problems: ContentError[] = [];
  const byLocaleId = new Map<string, SourceArticle>();
  const categoryOfId = new Map<string, SourceArticle>();
  const published = new Set<string>();
  const drafts = new Set<string>();
  for (const article of articles) {
    const { id } = article.frontMatter;
    const key = `${article.locale}:${id}`;
    const twin = byLocaleId.get(key);
    if (twin) problems.push(new ContentError(article.file, 'id', `"${id}" is already the id of ${twin.file}; ids must be unique within a locale`));
    else byLocaleId.set(key, article);
    const other = categoryOfId.get(id);
    if (other && other.category !== article.category) {
      problems.push(new ContentError(article.file, 'id', `this translation of "${id}" is in category "${article.category}" but ${other.file} is in "${other.category}"; translations must share a category`));
    } else if (!other) categoryOfId.set(id, article);
    (isUnpublished(article) ? drafts : published).add(id);
  }
  for (const article of articles) {
    article.frontMatter.related?.forEach((id, index) => {
      if (id === article.frontMatter.id) problems.push(new ContentError(article.file, `related[${index}]`, 'an article cannot be related to itself'));
      else if (!published.has(id)) problems.push(new ContentError(article.file, `related[${index}]`, drafts.has(id) ? `"${id}" is a draft (or still needs translation) and is not published` : `no article has the id "${id}"`));
    });
  }
  const realPaths = collectRealPaths(site, articles, categories);
  const redirectSources = new Map<string, string>();
  for (const article of articles) {
    article.frontMatter.redirectFrom?.forEach((from, index) => {
      const field = `redirectFrom[${index}]`;
      if (realPaths.has(from)) problems.push(new ContentError(article.file, field, `"${from}" is the path of a real page; a redirect would hide it`));
      const owner = redirectSources.get(from);
      if (owner) problems.push(new ContentError(article.file, field, `"${from}" is already redirected by ${owner}`));
      else redirectSources.set(from, article.file);
    });
  }
  for (const article of articles) {
    for (const link of article.analysis?.links ?? []) {
      const target = link.url.replace(/\/+$/, '') || '/';
      if (target === '/' || target.startsWith('/assets/') || target.startsWith('/a/')) continue;
      if (!realPaths.has(target) && !redirectSources.has(target)) {
        problems.push(new ContentError(article.file, 'body', `links to "${link.url}", which is not a page of this site; fix the path or link to /a/<id>`, link));
      }
    }
  }
  for (const category of categories) {
    if (RESERVED_CATEGORY_SLUGS.has(category.slug)) {
      problems.push(new ContentError(category.file, '', `"${category.slug}" is a reserved path (${[...RESERVED_CATEGORY_SLUGS].join(', ')}); rename the category folder`));
    }
    if (category.locale === site.defaultLocale) continue;
    const base = categories.find((c) => c.locale === site.defaultLocale && c.slug === category.slug);
    if (!base) problems.push(new ContentError(category.file, '', `category "${category.slug}" does not exist in the default locale (${site.defaultLocale})`));
  }
  return problems;
}
