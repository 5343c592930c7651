/*
 * Content build, run before `next build`: validates the content folder (every problem with
 * file, field and expectation), compiles MDX with contentlayer2, then writes the manifest,
 * the redirect map and the public assets.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findOverdueArticles } from '@/lib/content/build-manifest';
import { ContentValidationError } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/load-content';
import { compiledFileName, GENERATED_DIR, getContentDir, MANIFEST_FILE, REDIRECTS_FILE } from '@/lib/content/paths';

const started = performance.now();
const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';

let manifest;
try {
  manifest = loadContent(contentDir);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(`\n✖ ${relative}: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const today = new Date().toISOString().slice(0, 10);
for (const article of findOverdueArticles(manifest, today)) {
  console.warn(`⚠ ${relative}/${article.sourcePath}: review overdue since ${article.reviewDue} (owner: ${article.owner ?? 'none'})`);
}

const contentlayerCli = path.join(path.dirname(createRequire(import.meta.url).resolve('contentlayer2/package.json')), 'bin', 'cli.cjs');
const contentlayer = spawnSync(process.execPath, [contentlayerCli, 'build'], { stdio: 'inherit', env: process.env });
if (contentlayer.status !== 0) {
  console.error(`\n✖ contentlayer2 could not compile the MDX (see above)${contentlayer.error ? `: ${contentlayer.error.message}` : ''}.`);
  process.exit(contentlayer.status ?? 1);
}
const missing = manifest.articles.filter((a) => !existsSync(path.join(GENERATED_DIR, 'Article', `${compiledFileName(a.sourcePath)}.json`)));
if (missing.length > 0) {
  console.error(`\n✖ These articles did not compile (see contentlayer's messages above):\n${missing.map((a) => `  - ${relative}/${a.sourcePath}`).join('\n')}`);
  process.exit(1);
}

mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
writeFileSync(MANIFEST_FILE, JSON.stringify(manifest));
writeFileSync(REDIRECTS_FILE, JSON.stringify(manifest.redirects));

const assets = path.join(contentDir, 'assets');
rmSync(path.join('public', 'assets'), { recursive: true, force: true });
if (existsSync(assets)) cpSync(assets, path.join('public', 'assets'), { recursive: true });

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`✓ content: ${manifest.articles.length} articles in ${manifest.site.locales.length} locales, ${manifest.redirects.length} redirects (${seconds} s)`);
