/*
 * Content build, run before `next build`: checks the content folder (every problem with file,
 * line, field and expectation), compiles MDX with contentlayer2 (whose structure pass emits each
 * body's outline, FAQ entries and search sections), then writes the manifest, the search indexes
 * and the public assets from that compiled output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildManifest, findOverdueArticles } from '@/lib/content/build-manifest';
import { CompiledArticleError, compiledStructures } from '@/lib/content/compiled-articles';
import { ContentValidationError } from '@/lib/content/content-error';
import { readLastCommitDates } from '@/lib/content/git-dates';
import { sharedStructures } from '@/lib/content/heading-ids';
import { checkContentDir, type CheckedContent } from '@/lib/content/load-content';
import { writeManifest } from '@/lib/content/write-manifest';
import { getContentDir } from '@/lib/content/paths';
import { bundleSearchWorker } from '@/lib/search/bundle-worker';
import { SEARCH_ASSETS_FILE, type SearchAssetsFile } from '@/lib/search/search-assets';
import { toSearchArticles } from '@/lib/search/search-inputs';
import { SynonymsFileError } from '@/lib/search/synonyms';
import { readSynonymsFile, writeSearchIndexes } from '@/lib/search/write-search-indexes';

const started = performance.now();

function isJsonFile(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}
const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';

let content: CheckedContent;
try {
  content = checkContentDir(contentDir);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(`\n✖ ${relative}: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

// An interrupted `contentlayer2 dev` can leave its package.json empty, and contentlayer then fails
// to load its own config; it writes the file afresh when it is missing.
const generatedPackage = path.join('.contentlayer', 'package.json');
if (existsSync(generatedPackage) && !isJsonFile(generatedPackage)) rmSync(generatedPackage);

const contentlayerCli = path.join(path.dirname(createRequire(import.meta.url).resolve('contentlayer2/package.json')), 'bin', 'cli.cjs');
const contentlayer = spawnSync(process.execPath, [contentlayerCli, 'build'], { stdio: 'inherit', env: process.env });
if (contentlayer.status !== 0) {
  console.error(`\n✖ contentlayer2 could not compile the MDX (see above)${contentlayer.error ? `: ${contentlayer.error.message}` : ''}.`);
  process.exit(contentlayer.status ?? 1);
}

// Everything below reads the structure contentlayer2's compilation emitted, not the sources,
// with each translation's heading ids replaced by the ones every language shares.
const structureOf = sharedStructures(content.articles, content.site.defaultLocale, compiledStructures());
let manifest;
try {
  manifest = buildManifest(content.site, content.articles, content.categories, { contentDir, gitDates: readLastCommitDates(contentDir), structureOf });
} catch (error) {
  if (!(error instanceof CompiledArticleError)) throw error;
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
for (const article of findOverdueArticles(manifest, today)) {
  console.warn(`⚠ ${relative}/${article.sourcePath}: review overdue since ${article.reviewDue} (owner: ${article.owner ?? 'none'})`);
}

writeManifest(manifest);

const assets = path.join(contentDir, 'assets');
rmSync(path.join('public', 'assets'), { recursive: true, force: true });
if (existsSync(assets)) cpSync(assets, path.join('public', 'assets'), { recursive: true });

// Search: one index per locale (section-level records) and the worker that queries it.
let synonyms;
try {
  synonyms = readSynonymsFile(contentDir);
} catch (error) {
  if (!(error instanceof SynonymsFileError)) throw error;
  console.error(`\n✖ ${error.message}`);
  process.exit(1);
}
const searchManifest = writeSearchIndexes({
  locales: manifest.site.locales,
  defaultLocale: manifest.site.defaultLocale,
  synonyms,
  articles: toSearchArticles(manifest, structureOf),
});
const worker = await bundleSearchWorker();
const searchAssets: SearchAssetsFile = {
  workerUrl: worker.url,
  indexes: Object.fromEntries(Object.entries(searchManifest.locales).map(([locale, files]) => [locale, files.url])),
  defaultLocale: manifest.site.defaultLocale,
};
writeFileSync(SEARCH_ASSETS_FILE, JSON.stringify(searchAssets));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [locale, files] of Object.entries(searchManifest.locales)) {
  console.log(`✓ search ${locale}: ${files.records} records, first file ${kb(files.gzipBytes)} gzipped, ${files.files} file(s) ${kb(files.totalGzipBytes)} gzipped in all`);
}
console.log(`✓ search worker: ${kb(worker.gzipBytes)} gzipped`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ content: ${manifest.articles.length} articles in ${manifest.site.locales.length} locales, ${manifest.redirects.length} redirects (${seconds} s)`);
