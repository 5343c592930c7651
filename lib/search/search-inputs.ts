import type { StructureOf } from '@/lib/content/build-manifest';
import type { ContentManifest } from '@/lib/content/types';
import type { ArticleInput } from './extract-records';

/**
 * The published articles of a content manifest as search-index input: metadata from the
 * manifest, the search sections from the structure pass (in the build, the structure
 * contentlayer2's compilation emitted). A category without a title in the article's locale
 * takes the default locale's, as the pages do. Build time only.
 */
export function toSearchArticles(manifest: ContentManifest, structureOf: StructureOf): ArticleInput[] {
  const titles = new Map(manifest.categories.map((c) => [`${c.locale}/${c.slug}`, c.title]));
  return manifest.articles.map((a) => ({
    id: a.id,
    locale: a.locale,
    url: a.path,
    title: a.title,
    description: a.description,
    category: a.category,
    categoryTitle: titles.get(`${a.locale}/${a.category}`) ?? titles.get(`${manifest.site.defaultLocale}/${a.category}`) ?? a.category,
    keywords: a.keywords,
    tags: a.tags,
    sections: structureOf(a.sourcePath).sections,
  }));
}
