import type { ContentIndex } from '@/lib/content/manifest-store';
import type { ArticleMeta } from '@/lib/content/types';

/** One published article id with its translations, as the dashboard lists it. */
export interface CatalogArticle {
  id: string;
  /** Title in the default locale, else the first translation's. */
  title: string;
  category: string;
  owner: string | null;
  /** The article as written in each locale that has it. */
  translations: ArticleMeta[];
  /** The default-locale (else first) translation. */
  primary: ArticleMeta;
}

/** Every published article id of the manifest, by id, sorted by category then title. */
export function getArticleCatalog(content: ContentIndex): Map<string, CatalogArticle> {
  const { defaultLocale } = content.manifest.site;
  const byId = new Map<string, ArticleMeta[]>();
  for (const meta of content.manifest.articles) byId.set(meta.id, [...(byId.get(meta.id) ?? []), meta]);
  const entries: CatalogArticle[] = [];
  for (const [id, translations] of byId) {
    const primary = translations.find((meta) => meta.locale === defaultLocale) ?? translations[0];
    if (!primary) continue;
    entries.push({ id, title: primary.title, category: primary.category, owner: primary.owner, translations, primary });
  }
  entries.sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title));
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** Beyond this many published articles, reports read every article's votes and the page keeps the published ones. */
const MAX_LISTED_IDS = 1000;

/**
 * The ids to pass as `articleIds` to reports whose page shows only published articles, so they
 * read only those articles' votes (by the article index) instead of every vote in the period;
 * undefined when the catalog is too large to list in a query.
 */
export function toArticleIdsFilter(catalog: Map<string, CatalogArticle>): readonly string[] | undefined {
  return catalog.size <= MAX_LISTED_IDS ? [...catalog.keys()] : undefined;
}
