/*
 * `npm run bench:pages [-- --runs 5] [--no-floor] [--no-throttle] [--locales en,zh-Hans] [--pages article,faq] [--save-data]`
 *
 * Loads the home, category, article, FAQ and search pages of the production build (run
 * `npm run build` first) in Chromium at 390 px with an empty cache, for each language, without
 * and with throttling (1.6 Mbps, 150 ms RTT, 4x CPU), and prints compressed bytes by type,
 * requests, prefetches, FCP and LCP (median of the runs). First it builds and measures the
 * framework floor: a one-page app of this Next version with no client component of ours, with
 * Turbopack and with webpack. `--pages` keeps some of home, category, article, faq, search;
 * `--save-data` adds a pass where the browser reports `navigator.connection.saveData` and a
 * `3g` effective type (what a phone on a slow or metered connection says), which counts the
 * prefetches and search-index requests made before the visitor shows intent.
 */
import { buildFloorApp } from './bench/pages-floor';
import { measurePages, RESOURCE_KINDS, type PageLoad } from './bench/pages-measure';
import { startNext } from './bench/pages-server';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at < 0 ? fallback : (args[at + 1] ?? fallback);
}
const runs = Number(option('--runs', '5'));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a positive whole number, got "${option('--runs', '')}".`);
const locales = option('--locales', 'en,zh-Hant,zh-Hans').split(',');
const modes = args.includes('--no-throttle') ? [false] : [false, true];
const kinds = option('--pages', 'home,category,article,faq,search').split(',');
const saveData = args.includes('--save-data');
/** JS KB of the framework floor (Turbopack, unthrottled): measured below, or `--floor-js` with `--no-floor`. */
let floorJs = Number(option('--floor-js', 'NaN')) * 1024;
const PORT = Number(process.env.BENCH_PORT ?? 3503);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => Math.round(value).toString();

/** `own JS` is the page's JavaScript minus the floor's: what Resolve adds to the framework. */
function printTable(title: string, rows: Map<string, PageLoad>, own: boolean) {
  console.log(`\n${title}`);
  const showOwn = own && Number.isFinite(floorJs);
  console.log(['page'.padEnd(44), ...RESOURCE_KINDS.map((k) => `${k} KB`.padStart(9)), 'total KB'.padStart(9), ...(showOwn ? ['own JS KB'.padStart(10)] : []), 'req'.padStart(4), 'pref'.padStart(5), 'FCP ms'.padStart(7), 'LCP ms'.padStart(7)].join(' '));
  for (const [url, load] of rows) {
    const total = RESOURCE_KINDS.reduce((sum, k) => sum + load.bytes[k], 0);
    console.log([url.padEnd(44), ...RESOURCE_KINDS.map((k) => kb(load.bytes[k]).padStart(9)), kb(total).padStart(9), ...(showOwn ? [kb(load.bytes.js - floorJs).padStart(10)] : []), String(load.requests).padStart(4), String(load.prefetches).padStart(5), ms(load.fcp).padStart(7), ms(load.lcp).padStart(7)].join(' '));
  }
}

async function measureBuild(label: string, dir: string, urls: string[], probe: string, floor?: 'turbopack' | 'webpack') {
  const server = await startNext(dir, PORT, probe);
  try {
    for (const throttled of modes) {
      const rows = await measurePages(server.url, urls, runs, throttled);
      if (floor === 'turbopack' && !throttled) floorJs = rows.get(urls[0] ?? '')?.bytes.js ?? floorJs;
      printTable(`${label}, ${throttled ? 'throttled (1.6 Mbps, 150 ms RTT, 4x CPU)' : 'unthrottled'}, median of ${runs}`, rows, !floor);
    }
    if (saveData) printTable(`${label}, unthrottled, navigator.connection saveData + 3g, median of ${runs}`, await measurePages(server.url, urls, runs, false, true), !floor);
  } finally {
    server.stop();
  }
}

if (!args.includes('--no-floor')) {
  for (const bundler of ['turbopack', 'webpack'] as const) {
    const dir = buildFloorApp(bundler);
    await measureBuild(`Framework floor (${bundler})`, dir, ['/'], '/', bundler);
  }
}

const pages = locales.flatMap((locale) => {
  const query = locale === 'en' ? 'refund' : '退款';
  const byKind: Record<string, string> = { home: `/${locale}`, category: `/${locale}/billing`, article: `/${locale}/billing/refunds-and-cancellations`, faq: `/${locale}/account/sign-in-faq`, search: `/${locale}/search?q=${encodeURIComponent(query)}` };
  return kinds.map((kind) => {
    const url = byKind[kind];
    if (!url) throw new Error(`--pages expects some of ${Object.keys(byKind).join(', ')}, got "${kind}".`);
    return url;
  });
});
await measureBuild('Resolve', process.env.BENCH_APP_DIR ?? '.', pages, `/${locales[0]}`);
