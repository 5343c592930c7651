/*
 * `npm run bench:pages [-- --runs 5] [--no-floor] [--no-throttle] [--locales en,zh-Hans]`
 *
 * Loads the home, category, article, FAQ and search pages of the production build (run
 * `npm run build` first) in Chromium at 390 px with an empty cache, for each language, without
 * and with throttling (1.6 Mbps, 150 ms RTT, 4x CPU), and prints compressed bytes by type,
 * requests, prefetches, FCP and LCP (median of the runs). First it builds and measures the
 * framework floor: a one-page app of this Next version with no client component of ours, with
 * Turbopack and with webpack.
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
const PORT = Number(process.env.BENCH_PORT ?? 3503);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => Math.round(value).toString();

function printTable(title: string, rows: Map<string, PageLoad>) {
  console.log(`\n${title}`);
  console.log(['page'.padEnd(44), ...RESOURCE_KINDS.map((k) => `${k} KB`.padStart(9)), 'total KB'.padStart(9), 'req'.padStart(4), 'pref'.padStart(5), 'FCP ms'.padStart(7), 'LCP ms'.padStart(7)].join(' '));
  for (const [url, load] of rows) {
    const total = RESOURCE_KINDS.reduce((sum, k) => sum + load.bytes[k], 0);
    console.log([url.padEnd(44), ...RESOURCE_KINDS.map((k) => kb(load.bytes[k]).padStart(9)), kb(total).padStart(9), String(load.requests).padStart(4), String(load.prefetches).padStart(5), ms(load.fcp).padStart(7), ms(load.lcp).padStart(7)].join(' '));
  }
}

async function measureBuild(label: string, dir: string, urls: string[], probe: string) {
  const server = await startNext(dir, PORT, probe);
  try {
    for (const throttled of modes) printTable(`${label}, ${throttled ? 'throttled (1.6 Mbps, 150 ms RTT, 4x CPU)' : 'unthrottled'}, median of ${runs}`, await measurePages(server.url, urls, runs, throttled));
  } finally {
    server.stop();
  }
}

if (!args.includes('--no-floor')) {
  for (const bundler of ['turbopack', 'webpack'] as const) {
    const dir = buildFloorApp(bundler);
    await measureBuild(`Framework floor (${bundler})`, dir, ['/'], '/');
  }
}

const pages = locales.flatMap((locale) => {
  const query = locale === 'en' ? 'refund' : '退款';
  return [`/${locale}`, `/${locale}/billing`, `/${locale}/billing/refunds-and-cancellations`, `/${locale}/account/sign-in-faq`, `/${locale}/search?q=${encodeURIComponent(query)}`];
});
await measureBuild('Resolve', process.env.BENCH_APP_DIR ?? '.', pages, `/${locales[0]}`);
