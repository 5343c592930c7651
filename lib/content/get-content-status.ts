import type { ArticleMeta, SiteConfig } from './types';

/**
 * How one locale's translation of an article stands against the default-locale article:
 * `current` exists and is not older; `stale` exists but its `updated` date is older than the
 * default locale's; `untranslated` exists as a file but is marked as still needing translation
 * (left out of the public build); `missing` has no file at all.
 */
export type TranslationState = 'current' | 'stale' | 'untranslated' | 'missing';

/** What the status needs to know of one article file; a manifest `ArticleMeta` fits. */
export type StatusArticle = Pick<
  ArticleMeta,
  'id' | 'locale' | 'category' | 'slug' | 'path' | 'sourcePath' | 'title' | 'updated' | 'reviewDue' | 'owner'
> & {
  /** True for a translation that exists but is marked as needing translation. */
  needsTranslation?: boolean;
};

export interface LocaleStatus {
  locale: string;
  state: TranslationState;
  /** Null when the translation is missing. */
  path: string | null;
  sourcePath: string | null;
  updated: string | null;
}

export interface ArticleStatus {
  id: string;
  /** Title in the default locale, else in the first locale that has the article. */
  title: string;
  category: string;
  owner: string | null;
  /** The default-locale article's source file (relative to the content folder), when it exists. */
  sourcePath: string | null;
  /** Default-locale date of the last real change. */
  updated: string | null;
  reviewDue: string | null;
  /** True when `reviewDue` is before `today`. */
  overdue: boolean;
  /** One entry per locale of site.yml, in site.yml's order. */
  locales: LocaleStatus[];
}

export interface ContentStatus {
  today: string;
  defaultLocale: string;
  locales: string[];
  /** Sorted by category, then id. */
  articles: ArticleStatus[];
  totals: { articles: number; overdue: number; missing: number; stale: number; untranslated: number };
}

/**
 * Translation and freshness status of every article id: which locales exist, which are missing,
 * untranslated or older than the default-locale article, and which are past their review date.
 * The one function behind `npm run content:status` and the dashboard's review queue.
 * @param site the locales and default locale of site.yml
 * @param articles every article file to consider (the manifest's published articles, plus any
 *   translations marked as needing translation when the caller reads the sources)
 * @param today YYYY-MM-DD; an article is overdue when its review date is before it
 */
export function getContentStatus(
  site: Pick<SiteConfig, 'locales' | 'defaultLocale'>,
  articles: readonly StatusArticle[],
  today: string,
): ContentStatus {
  const byId = new Map<string, Map<string, StatusArticle>>();
  for (const article of articles) {
    const locales = byId.get(article.id) ?? new Map<string, StatusArticle>();
    locales.set(article.locale, article);
    byId.set(article.id, locales);
  }
  const totals = { articles: 0, overdue: 0, missing: 0, stale: 0, untranslated: 0 };
  const statuses: ArticleStatus[] = [];
  for (const [id, locales] of byId) {
    const base = locales.get(site.defaultLocale);
    const first = base ?? site.locales.map((locale) => locales.get(locale)).find(Boolean) ?? [...locales.values()][0];
    if (!first) continue;
    const localeStatuses = site.locales.map((locale): LocaleStatus => {
      const article = locales.get(locale);
      if (!article) return { locale, state: 'missing', path: null, sourcePath: null, updated: null };
      const state: TranslationState = article.needsTranslation
        ? 'untranslated'
        : locale !== site.defaultLocale && base?.updated && article.updated && article.updated < base.updated
          ? 'stale'
          : 'current';
      return { locale, state, path: article.path, sourcePath: article.sourcePath, updated: article.updated };
    });
    const reviewDue = first.reviewDue;
    const overdue = reviewDue !== null && reviewDue < today;
    totals.articles += 1;
    if (overdue) totals.overdue += 1;
    for (const entry of localeStatuses) {
      if (entry.state === 'missing') totals.missing += 1;
      else if (entry.state === 'stale') totals.stale += 1;
      else if (entry.state === 'untranslated') totals.untranslated += 1;
    }
    statuses.push({
      id,
      title: first.title,
      category: first.category,
      owner: first.owner,
      sourcePath: base?.sourcePath ?? null,
      updated: base?.updated ?? null,
      reviewDue,
      overdue,
      locales: localeStatuses,
    });
  }
  statuses.sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id));
  return { today, defaultLocale: site.defaultLocale, locales: [...site.locales], articles: statuses, totals };
}
