/*
 * Builds what a visitor's browser downloads for search over the build benchmark's synthetic
 * corpus: the corpus is written to a temporary content folder, read and validated the way the
 * content build does, and its indexes, worker and a page-side client bundle are written to a
 * `public/`-like folder that `search-server.ts` serves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { loadCheckedContent } from '@/lib/content/load-content';
import { bundleSearchWorker } from '@/lib/search/bundle-worker';
import type { ArticleInput } from '@/lib/search/extract-records';
import type { SynonymsByLocale } from '@/lib/search/synonyms';
import { writeSearchIndexes, type SearchIndexFiles } from '@/lib/search/write-search-indexes';
import { writeSyntheticCorpus } from './synthetic-corpus';
import { toSearchArticles } from '@/lib/search/search-inputs';

/** Global name under which the client bundle exposes `lib/search/search-client.ts` to the bench page. */
export const CLIENT_GLOBAL = 'ResolveSearch';

/** URL path and sizes of one bundled script. */
export interface ScriptFile {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** What {@link buildSearchSite} wrote and how long each step took. */
export interface SearchSite {
  /** Served as the web root. */
  publicDir: string;
  locales: string[];
  /** Articles per locale as read back from the content folder (drafts excluded). */
  articles: ArticleInput[];
  indexes: Record<string, SearchIndexFiles>;
  worker: ScriptFile;
  client: ScriptFile;
  timings: { generateMs: number; loadContentMs: number; indexMs: number };
}

/** Reads a content folder into the article inputs the search build takes, as `scripts/content-build.ts` does. */
function readArticleInputs(contentDir: string): { locales: string[]; articles: ArticleInput[] } {
  const { manifest, structureOf } = loadCheckedContent(contentDir);
  const articles = toSearchArticles(manifest, structureOf);
  return { locales: [...manifest.site.locales], articles };
}

/**
 * Bundles a browser entry for the bench page into `publicDir` as `<stem>.<hash>.js`, minified
 * as the site would ship it; with `globalName`, its exports become that global.
 */
export async function bundlePageScript(entry: string, publicDir: string, stem: string, globalName?: string): Promise<ScriptFile> {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    platform: 'browser',
    target: ['es2020'],
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced no bundle for ${entry}`);
  const name = `${stem}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  writeFileSync(path.join(publicDir, name), code);
  return { url: `/${name}`, bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * Writes `total` synthetic articles (spread over en, zh-Hant, zh-Hans) under `workDir/content`,
 * validates them with `loadContent`, and writes the search indexes (with the real content's
 * synonyms), the worker and the page-side client under `workDir/public`.
 */
export async function buildSearchSite(workDir: string, total: number, synonyms: SynonymsByLocale): Promise<SearchSite> {
  const contentDir = path.join(workDir, 'content');
  const publicDir = path.join(workDir, 'public');
  mkdirSync(contentDir, { recursive: true });
  mkdirSync(publicDir, { recursive: true });
  let started = performance.now();
  writeSyntheticCorpus(contentDir, total);
  const generateMs = performance.now() - started;
  started = performance.now();
  const { locales, articles } = readArticleInputs(contentDir);
  const loadContentMs = performance.now() - started;
  started = performance.now();
  const searchDir = path.join(publicDir, 'search');
  const manifest = writeSearchIndexes({ articles, locales, synonyms, outDir: searchDir, publicPath: '/search' });
  const indexMs = performance.now() - started;
  const bundled = await bundleSearchWorker(searchDir, '/search');
  // Re-measured at gzip level 9, as the index files and the bench server compress.
  const workerCode = readFileSync(path.join(publicDir, bundled.url));
  const worker = { ...bundled, gzipBytes: gzipSync(workerCode, { level: 9 }).byteLength };
  const client = await bundlePageScript('lib/search/search-client.ts', publicDir, 'client', CLIENT_GLOBAL);
  return { publicDir, locales, articles, indexes: manifest.locales, worker, client, timings: { generateMs, loadContentMs, indexMs } };
}
