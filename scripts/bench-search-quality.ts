/*
 * Search benchmark: quality of the query set on the sample content (hit@1,
 * hit@5, MRR@10 per locale), then size and speed of the index for the sample
 * content and for a synthetic corpus of N articles per locale.
 *
 *   tsx scripts/bench-search-quality.ts [--articles 1000] [--quality-only] [--misses]
 */
import path from 'node:path';
import { loadContentArticles } from '../tests/search-queries/load-content';
import { buildIndexesFromContent, readQueryCases, runQueryCases, summarizeOutcomes } from '../tests/search-queries/evaluate-queries';
import { measureScale, type ScaleFigures } from '../tests/search-queries/measure-scale';
import { generateSyntheticArticles } from '../tests/search-queries/synthetic-corpus';
import { readSynonymsFile } from '../lib/search/write-search-indexes';

const args = process.argv.slice(2);
const option = (name: string) => args[args.indexOf(name) + 1];
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const locales = ['en', 'zh-Hant', 'zh-Hans'];
const syntheticCount = Number(args.includes('--articles') ? option('--articles') : 1000);

const cases = readQueryCases();
const outcomes = runQueryCases(buildIndexesFromContent(contentDir, locales), cases);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log('\nSearch quality (tests/search-queries/queries.json on the sample content)\n');
console.log('locale    queries  hit@1   hit@5   MRR@10  anchor@1');
for (const locale of [...locales, 'all']) {
  const figures = summarizeOutcomes(locale === 'all' ? outcomes : outcomes.filter((o) => o.item.locale === locale));
  console.log(
    `${locale.padEnd(9)} ${String(figures.queries).padStart(7)}  ${pct(figures.hitAt1).padStart(6)}  ${pct(figures.hitAt5).padStart(6)}  ${figures.mrrAt10.toFixed(3).padStart(6)}  ${pct(figures.anchorAt1).padStart(7)}`,
  );
}
if (args.includes('--misses')) {
  for (const o of outcomes.filter((outcome) => outcome.rank !== 1)) {
    console.log(`  rank ${o.rank ?? '-'}: [${o.item.locale}] "${o.item.query}" wants ${o.item.expect}; top: ${o.top.join(', ')}`);
  }
}

if (!args.includes('--quality-only')) {
  const samples = loadContentArticles(contentDir);
  const synonyms = readSynonymsFile(contentDir);
  const queries = new Map(locales.map((locale) => [locale, cases.filter((c) => c.locale === locale).map((c) => c.query)]));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const print = (title: string, rows: ScaleFigures[]) => {
    console.log(`\n${title}\n`);
    console.log('locale    articles records files  total raw / gzip        first file  cold p50 / p95 (gzip)  build   load   query p50 / p95');
    for (const f of rows) {
      console.log(
        `${f.locale.padEnd(9)} ${String(f.articles).padStart(8)} ${String(f.records).padStart(7)} ${String(f.files).padStart(5)}  ` +
          `${kb(f.totalBytes).padStart(10)} / ${kb(f.totalGzipBytes).padStart(9)}  ${kb(f.firstFileGzipBytes).padStart(9)}  ` +
          `${kb(f.coldBytesP50).padStart(9)} / ${kb(f.coldBytesP95).padStart(9)}  ${`${f.buildMs.toFixed(0)} ms`.padStart(7)} ` +
          `${`${f.loadMs.toFixed(1)} ms`.padStart(7)}  ${f.latencyP50Ms.toFixed(2)} / ${f.latencyP95Ms.toFixed(2)} ms`,
      );
    }
  };
  print('Index for the sample content', await measureScale(samples, locales, synonyms, queries));
  if (syntheticCount > 0) {
    const synthetic = locales.flatMap((locale, i) => generateSyntheticArticles(samples, locale, syntheticCount, i + 1));
    print(`Index for a synthetic corpus of ${syntheticCount} articles per locale (query latency over 200 queries and keystroke prefixes)`, await measureScale(synthetic, locales, synonyms, queries));
  }
  console.log('\ncold = bytes a visitor fetches for the first query: the payload file plus the term and record shards that query needs.');
}
