import { readFileSync } from 'node:fs';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { DEV_PROBLEMS_FILE, MANIFEST_FILE } from './paths';
import type { ArticleMeta, CategoryMeta, ContentManifest } from './types';

/** Raised when the build's manifest is missing: the content build has not run. */
export class ManifestMissingError extends Error {
  override name = 'ManifestMissingError';
}

/** An article as shown in one locale: its own translation, or the default locale's as a fallback. */
export interface LocalizedArticle {
  meta: ArticleMeta;
  /** Path in the visitor's locale (the fallback is served under the visitor's locale too). */
  path: string;
  isFallback: boolean;
}

export interface ContentIndex {
  manifest: ContentManifest;
  /** locale → id → the article as shown in that locale */
  byLocale: Map<string, Map<string, LocalizedArticle>>;
  /** locale → "category/slug" → the article as shown in that locale */
  byPath: Map<string, Map<string, LocalizedArticle>>;
  /** locale → categories shown in that locale, sorted */
  categories: Map<string, CategoryMeta[]>;
}

/** Builds lookup tables from a manifest; exported for tests. */
export function indexManifest(manifest: ContentManifest): ContentIndex {
  const { defaultLocale, locales } = manifest.site;
  const byLocale = new Map<string, Map<string, LocalizedArticle>>();
  const byPath = new Map<string, Map<string, LocalizedArticle>>();
  const categories = new Map<string, CategoryMeta[]>();
  for (const locale of locales) {
    const ids = new Map<string, LocalizedArticle>();
    for (const meta of manifest.articles) {
      if (meta.locale === locale) ids.set(meta.id, { meta, path: meta.path, isFallback: false });
    }
    if (locale !== defaultLocale) {
      for (const meta of manifest.articles) {
        if (meta.locale !== defaultLocale || ids.has(meta.id)) continue;
        ids.set(meta.id, { meta, path: `/${locale}/${meta.category}/${meta.slug}`, isFallback: true });
      }
    }
    byLocale.set(locale, ids);
    byPath.set(locale, new Map([...ids.values()].map((entry) => [`${entry.meta.category}/${entry.meta.slug}`, entry])));
    const own = manifest.categories.filter((c) => c.locale === locale);
    const fallback = manifest.categories.filter((c) => c.locale === defaultLocale && !own.some((o) => o.slug === c.slug));
    categories.set(locale, [...own, ...fallback].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)));
  }
  return { manifest, byLocale, byPath, categories };
}

/** In `npm run dev`: the content has problems; the message is the checker's. */
export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

let cached: { revision: string | undefined; index: ContentIndex } | undefined;

/**
 * The content index of this build, read once per process (and again when `revision` changes,
 * as it does in `npm run dev`) from the manifest the content build wrote.
 * @throws ManifestMissingError when `npm run content:build` has not run.
 * @throws ContentProblemsError in development while the content watcher reports problems.
 */
export function getContentIndex(revision?: string): ContentIndex {
  if (process.env.NODE_ENV === 'development') {
    const problems = path.join(/*turbopackIgnore: true*/ process.cwd(), DEV_PROBLEMS_FILE);
    if (existsSync(problems)) throw new ContentProblemsError(readFileSync(problems, 'utf8'));
  }
  if (cached && cached.revision === revision) return cached.index;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), MANIFEST_FILE);
  let manifest: ContentManifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as ContentManifest;
  } catch (error) {
    throw new ManifestMissingError(`Cannot read ${MANIFEST_FILE} (${(error as Error).message}). Run "npm run build" (or "npm run content:build") first.`);
  }
  cached = { revision, index: indexManifest(manifest) };
  return cached.index;
}
