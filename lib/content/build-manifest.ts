import path from 'node:path';
import type { MdxStructure } from '@/lib/mdx/mdx-structure';
import { articlePath, isUnpublished } from './check-content';
import type { SourceArticle, SourceCategory } from './read-content-dir';
import type { ArticleMeta, CategoryMeta, ContentManifest, SiteConfig } from './types';

/** The structure of an article's body by its source path (relative to the content folder). */
export type StructureOf = (sourcePath: string) => MdxStructure;

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The fields an article file gives the manifest and `content:status` alike: where it lives, its
 * title, its `updated` date (front matter, else the file's last git commit), review date and owner.
 */
export function toStatusFields(article: SourceArticle, contentDir: string, gitDates: Map<string, string>) {
  const fm = article.frontMatter;
  return {
    id: fm.id,
    locale: article.locale,
    category: article.category,
    slug: article.slug,
    path: articlePath(article),
    sourcePath: article.file,
    title: fm.title,
    updated: fm.updated ?? gitDates.get(path.join(contentDir, article.file)) ?? null,
    reviewDue: fm.reviewed && fm.reviewEvery ? addDays(fm.reviewed, fm.reviewEvery) : null,
    owner: fm.owner ?? null,
  } satisfies Partial<ArticleMeta>;
}

function toMeta(article: SourceArticle, contentDir: string, gitDates: Map<string, string>, structureOf: StructureOf): ArticleMeta {
  const fm = article.frontMatter;
  const structure = structureOf(article.file);
  return {
    ...toStatusFields(article, contentDir, gitDates),
    description: fm.description,
    reviewed: fm.reviewed ?? null,
    reviewEvery: fm.reviewEvery ?? null,
    tags: fm.tags ?? [],
    keywords: fm.keywords ?? [],
    related: fm.related ?? [],
    featured: fm.featured ?? false,
    redirectFrom: fm.redirectFrom ?? [],
    headings: structure.headings,
    faqs: structure.faqs.map(({ id, title }) => ({ id, title })),
  };
}

/**
 * Summarises validated content into the manifest pages and routes read at build and run time.
 * Drafts and translations still to be written are left out; categories and articles are sorted
 * for stable output. Outline and FAQ entries come from `structureOf`: in the build, the structure
 * contentlayer2's compilation emitted.
 */
export function buildManifest(
  site: SiteConfig,
  articles: SourceArticle[],
  categories: SourceCategory[],
  options: { contentDir: string; gitDates: Map<string, string>; structureOf: StructureOf; now?: Date },
): ContentManifest {
  const metas = articles
    .filter((article) => !isUnpublished(article))
    .map((article) => toMeta(article, options.contentDir, options.gitDates, options.structureOf))
    .sort((a, b) => a.path.localeCompare(b.path));
  const categoryMetas: CategoryMeta[] = categories
    .map(({ locale, slug, title, description, order }) => ({ locale, slug, title, description, order }))
    .sort((a, b) => a.locale.localeCompare(b.locale) || a.order - b.order || a.slug.localeCompare(b.slug));
  const redirects = metas.flatMap((meta) => meta.redirectFrom.map((from) => ({ from, to: meta.path })));
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    site,
    categories: categoryMetas,
    articles: metas,
    redirects,
  };
}

/** Articles whose review date has passed on `today` (YYYY-MM-DD). */
export function findOverdueArticles(manifest: ContentManifest, today: string): ArticleMeta[] {
  return manifest.articles.filter((article) => article.reviewDue !== null && article.reviewDue < today);
}
