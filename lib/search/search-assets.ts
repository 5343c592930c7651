import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SearchAssets } from './search-client';

/** Written by the content build: the worker bundle, each locale's index URL and the default locale. */
export const SEARCH_ASSETS_FILE = path.join('.contentlayer', 'resolve', 'search.json');

export interface SearchAssetsFile {
  workerUrl: string;
  indexes: Record<string, string>;
  /** The locale other locales' searches fall back to. */
  defaultLocale: string;
}

let cached: SearchAssetsFile | undefined;

/**
 * The URLs a page passes to the search box for a locale (content-hashed, so they can be cached
 * forever). Read once per process. Throws when the content build has not run.
 */
export function getSearchAssets(locale: string): SearchAssets {
  cached ??= JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), SEARCH_ASSETS_FILE), 'utf8')) as SearchAssetsFile;
  const indexUrl = cached.indexes[locale];
  if (!indexUrl) throw new Error(`No search index was built for locale "${locale}"; run npm run content:build.`);
  const fallbackIndexUrl = locale === cached.defaultLocale ? undefined : cached.indexes[cached.defaultLocale];
  return { workerUrl: cached.workerUrl, indexUrl, ...(fallbackIndexUrl ? { fallbackIndexUrl } : {}) };
}
