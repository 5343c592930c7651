/*
 * `npm run bench:search [-- --articles 3000] [--runs 7] [--quality-only] [--misses]`
 *
 * 1. Quality of the query set on the sample content (hit@1, hit@5, MRR@10 per locale).
 * 2. Writes the build benchmark's synthetic corpus (default 3,000 articles, 1,000 per locale)
 *    to a temporary folder, validates it with loadContent and writes the search indexes, the
 *    worker and the page-side client bundle as the content build would.
 * 3. Index sizes per locale; then, in headless Chromium against a local gzip server: bytes on
 *    the wire and rounds of shard fetches before the first result, time from intent to first
 *    results (cold and warm cache) and query latency p50/p95 over 200 queries, compared with
 *    the targets of issues 3 and 8.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { readSynonymsFile } from '@/lib/search/write-search-indexes';
import { measureInChromium, type LocalePlan } from './bench/search-browser';
import { buildSearchSite, bundlePageScript } from './bench/search-corpus';
import { printSearchQuality } from './bench/search-quality';
import { createQuerySet } from './bench/search-queries';
import { printBrowserFigures, printSizes } from './bench/search-report';
import { startBenchServer, type BenchServer } from './bench/search-server';

const args = process.argv.slice(2);
function numberOption(name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a positive whole number, got "${args[at + 1] ?? ''}".`);
  return value;
}
const articles = numberOption('--articles', 3000);
const runs = numberOption('--runs', 7);
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const sampleLocales = ['en', 'zh-Hant', 'zh-Hans'];

printSearchQuality(contentDir, sampleLocales, args.includes('--misses'));
if (args.includes('--quality-only')) process.exit(0);

const workDir = mkdtempSync(path.join(tmpdir(), 'resolve-bench-search-'));
let server: BenchServer | undefined;
const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  const site = await buildSearchSite(workDir, articles, readSynonymsFile(contentDir));
  printSizes(site);
  const harness = await bundlePageScript('scripts/bench/search-page.ts', site.publicDir, 'bench-harness');
  const pages: Record<string, string> = {};
  const plans: LocalePlan[] = site.locales.flatMap((locale) => {
    const index = site.indexes[locale];
    if (!index) return [];
    const pageUrl = `/bench/${locale}.html`;
    pages[pageUrl] =
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Search bench</title></head><body>` +
      `<input id="q" type="search" aria-label="Search"><script src="${site.client.url}"></script><script src="${harness.url}"></script></body></html>`;
    const queries = createQuerySet(site.articles, locale, { latency: 200, intent: runs });
    // As on the site: other locales fall back to the first (default) locale's index when they find nothing good.
    const fallback = locale === site.locales[0] ? undefined : site.indexes[site.locales[0] ?? '']?.url;
    const assets = { workerUrl: site.worker.url, indexUrl: index.url, ...(fallback ? { fallbackIndexUrl: fallback } : {}) };
    return [{ locale, pageUrl, assets, intentQueries: queries.intent, latencyQueries: queries.latency }];
  });
  server = await startBenchServer(site.publicDir, pages);
  const origin = server.origin;
  const load = loadavg()[0] ?? 0;
  const { version, figures } = await measureInChromium(server, plans.map((plan) => ({ ...plan, pageUrl: `${origin}${plan.pageUrl}` })));
  console.log(`\nChromium ${version} headless, ${availableParallelism()} CPUs, load average ${load.toFixed(1)} when the browser runs started`);
  const perLocale = Math.round(site.articles.length / site.locales.length);
  const missed = printBrowserFigures(figures, runs, perLocale);
  console.log(missed === 0 ? '\nAll targets met.' : `\n${missed} target check(s) missed.`);
} finally {
  await server?.close();
  cleanUp();
}
