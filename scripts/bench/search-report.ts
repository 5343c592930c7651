/*
 * Prints the search benchmark's size, transfer, timing and latency tables and the targets
 * from issue 3 (item 6) and issue 8 (item 7) with PASS or MISS.
 */
import type { SearchIndexFiles } from '@/lib/search/write-search-indexes';
import type { BrowserFigures, PageRun, TransferBreakdown } from './search-browser';
import type { SearchSite } from './search-corpus';

/** Issue 3, item 6, and issue 8, item 7 (the byte target at 10,000 articles per locale too; one fetch round of shards). */
export const TARGETS = { firstResultGzipBytes: 300 * 1024, latencyP95Ms: 10, warmFirstResultMs: 300, shardRounds: 1 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** Value at quantile `q` (0–1) of the numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? 0;
}

const median = (values: readonly number[]) => quantile(values, 0.5);

/** Prints per-locale index sizes and the worker and client bundle sizes. */
export function printSizes(site: SearchSite): void {
  const perLocale = Math.round(site.articles.length / site.locales.length);
  const { generateMs, loadContentMs, indexMs } = site.timings;
  console.log(`\n2. Synthetic corpus (scripts/bench/synthetic-corpus.ts): ${site.articles.length} articles, ${perLocale} per locale`);
  console.log(`   generated ${(generateMs / 1000).toFixed(1)} s, loadContent ${(loadContentMs / 1000).toFixed(1)} s, writeSearchIndexes ${(indexMs / 1000).toFixed(1)} s`);
  console.log('\n3. Size per locale (gzip level 9)\n');
  console.log('locale    articles records  files   first file raw / gzip     all files raw / gzip   translation map raw / gzip');
  for (const locale of site.locales) {
    const f: SearchIndexFiles | undefined = site.indexes[locale];
    if (!f) continue;
    console.log(
      `${locale.padEnd(9)} ${String(f.articles).padStart(8)} ${String(f.records).padStart(7)} ${String(f.files).padStart(6)}  ` +
        `${kb(f.bytes).padStart(10)} / ${kb(f.gzipBytes).padStart(9)}  ${kb(f.totalBytes).padStart(11)} / ${kb(f.totalGzipBytes).padStart(10)}` +
        (f.translationBytes > 0 ? `   ${kb(f.translationBytes).padStart(8)} / ${kb(f.translationGzipBytes).padStart(8)}` : ''),
    );
  }
  console.log(`worker ${site.worker.url}: ${kb(site.worker.bytes)} raw / ${kb(site.worker.gzipBytes)} gzip`);
  console.log(`page client (lib/search/search-client.ts): ${kb(site.client.bytes)} raw / ${kb(site.client.gzipBytes)} gzip`);
}

function medianTransfer(runs: readonly PageRun[]): TransferBreakdown {
  const pick = (key: keyof TransferBreakdown) => median(runs.map((run) => run.transfer[key]));
  return { index: pick('index'), termShards: pick('termShards'), recordShards: pick('recordShards'), worker: pick('worker'), client: pick('client'), total: pick('total'), files: pick('files'), shardRounds: pick('shardRounds') };
}

/** Prints the Chromium tables and the targets (PASS/MISS); returns how many checks missed. */
export function printBrowserFigures(figures: readonly BrowserFigures[], runs: number, articlesPerLocale: number): number {
  console.log(`\n4. Bytes on the wire before the first result, cold cache (Chromium, median of ${runs} runs, one query each; HTTP headers included)\n`);
  console.log('locale        index  term shards  record shards   worker   client      total  files  rounds   worst run (query)');
  for (const f of figures) {
    const t = medianTransfer(f.cold);
    const worstRun = [...f.cold].sort((a, b) => b.transfer.total - a.transfer.total)[0];
    const worst = `${kb(worstRun?.transfer.total ?? 0)} ("${worstRun?.query ?? ''}")`;
    const cells = [t.index, t.termShards, t.recordShards, t.worker, t.client].map((bytes, i) => kb(bytes).padStart([9, 12, 14, 8, 8][i] ?? 9));
    console.log(`${f.locale.padEnd(9)} ${cells.join(' ')} ${kb(t.total).padStart(10)} ${String(t.files).padStart(6)} ${String(t.shardRounds).padStart(7)}   ${worst}`);
  }
  console.log('   rounds: fetch rounds of shards after the index payload (record shards wait for the ranking of the term shards).');
  console.log(`\n5. Time from intent (focus) to first results (Chromium, median and range of ${runs} runs; bytes on the wire on a warm cache)\n`);
  console.log('locale    cold median [min–max]        warm median [min–max]        index ready cold / warm   warm bytes');
  for (const f of figures) {
    const range = (list: readonly PageRun[]) => {
      const times = list.map((run) => run.first.ms);
      return `${ms(median(times)).padStart(7)} [${ms(Math.min(...times))}–${ms(Math.max(...times))}]`.padEnd(28);
    };
    const ready = (list: readonly PageRun[]) => ms(median(list.map((run) => run.first.indexReadyMs ?? Number.NaN)));
    console.log(`${f.locale.padEnd(9)} ${range(f.cold)} ${range(f.warm)} ${`${ready(f.cold)} / ${ready(f.warm)}`.padStart(18)}  ${kb(median(f.warm.map((run) => run.transfer.total))).padStart(13)}`);
  }
  console.log('   index ready: the worker has fetched and loaded the index payload; the rest is term and record shards and the query.');
  const first = figures[0]?.latencyFirst.times.length ?? 0;
  console.log(`\n6. Query latency (Chromium, postMessage round trip through the client and worker, ${first} queries one after another)\n`);
  console.log('locale    first time p50 / p95 / max         repeated p50 / p95 / max        no results');
  for (const f of figures) {
    const row = (times: readonly number[]) => `${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))} / ${ms(Math.max(...times))}`.padEnd(32);
    console.log(`${f.locale.padEnd(9)} ${row(f.latencyFirst.times)}  ${row(f.latencyRepeat.times)} ${String(f.latencyFirst.empty).padStart(6)}`);
  }
  console.log('   first time: term and record shards the query needs are fetched from 127.0.0.1 (no network delay); repeated: all loaded.');
  for (const f of figures) {
    const t = f.latencyFetched;
    console.log(`   ${f.locale}: the first-time pass fetched ${t.files} shard files, ${kb(t.termShards)} of term shards and ${kb(t.recordShards)} of record shards.`);
  }
  console.log(`\nTargets (issue 3, item 6; issue 8, item 7), ${articlesPerLocale} articles per locale\n`);
  let missed = 0;
  for (const f of figures) {
    const worstBytes = Math.max(...f.cold.map((run) => run.transfer.total));
    const p95 = quantile(f.latencyFirst.times, 0.95);
    const repeatP95 = quantile(f.latencyRepeat.times, 0.95);
    const warm = median(f.warm.map((run) => run.first.ms));
    const rounds = Math.max(...f.cold.map((run) => run.transfer.shardRounds));
    const checks: Array<[boolean, string]> = [
      [worstBytes <= TARGETS.firstResultGzipBytes, `bytes before first result ${kb(worstBytes)} (worst of ${runs}) ≤ ${kb(TARGETS.firstResultGzipBytes)}`],
      [repeatP95 <= TARGETS.latencyP95Ms, `query p95 ${ms(repeatP95)} (shards loaded) ≤ ${TARGETS.latencyP95Ms} ms`],
      [p95 <= TARGETS.latencyP95Ms, `query p95 ${ms(p95)} (first time, shards fetched from 127.0.0.1) ≤ ${TARGETS.latencyP95Ms} ms`],
      [warm <= TARGETS.warmFirstResultMs, `warm intent → results ${ms(warm)} (median) ≤ ${TARGETS.warmFirstResultMs} ms`],
      [rounds <= TARGETS.shardRounds, `shard fetch rounds before first result ${rounds} (worst of ${runs}) ≤ ${TARGETS.shardRounds}`],
    ];
    for (const [ok, text] of checks) {
      if (!ok) missed += 1;
      console.log(`${verdict(ok)}  ${f.locale.padEnd(8)} ${text}`);
    }
  }
  return missed;
}
