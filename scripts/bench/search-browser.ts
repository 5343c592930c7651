/*
 * Chromium half of the search benchmark: per locale, opens the bench page on a cold cache
 * (fresh browser context) and again on a warm one (same context, HTTP cache primed), focuses
 * the search input and times the first results; counts the bytes the server sent before them;
 * then times 200 queries as postMessage round trips through the real client and worker.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SearchAssets } from '@/lib/search/search-client';
import type { BenchWindow, FirstResult, LatencyRun } from './search-page';
import type { BenchServer, ServedResponse } from './search-server';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Bytes sent (headers included) per kind of file before the first results. */
export interface TransferBreakdown {
  index: number;
  termShards: number;
  recordShards: number;
  worker: number;
  client: number;
  total: number;
  /** Files fetched before the first results (index, shards, worker, client). */
  files: number;
  /**
   * Rounds of shard fetches after the index payload: record shards are requested only once the
   * term shards are in and ranked, so each kind fetched is one round.
   */
  shardRounds: number;
}

/** One load of the bench page: intent → first results. */
export interface PageRun {
  query: string;
  first: FirstResult;
  transfer: TransferBreakdown;
}

/** Browser figures for one locale. */
export interface BrowserFigures {
  locale: string;
  cold: PageRun[];
  warm: PageRun[];
  /** First time each query runs: term shards not yet loaded are fetched from the bench server. */
  latencyFirst: LatencyRun;
  /** Shards fetched during the first-time pass. */
  latencyFetched: TransferBreakdown;
  /** The same queries again, every shard they need loaded. */
  latencyRepeat: LatencyRun;
}

/** One locale's bench page and what it searches. */
export interface LocalePlan {
  locale: string;
  pageUrl: string;
  assets: SearchAssets;
  /** One query per cold/warm run pair. */
  intentQueries: string[];
  latencyQueries: string[];
}

/** Sums the logged responses by kind; pages and the bench harness are not counted. */
export function sumTransfer(log: readonly ServedResponse[], locale: string): TransferBreakdown {
  const sums: TransferBreakdown = { index: 0, termShards: 0, recordShards: 0, worker: 0, client: 0, total: 0, files: 0, shardRounds: 0 };
  const kinds: Array<[RegExp, Exclude<keyof TransferBreakdown, 'total' | 'files'>]> = [
    [/^\/client\.[0-9a-f]+\.js$/, 'client'],
    [/^\/search\/worker\.[0-9a-f]+\.js$/, 'worker'],
    [new RegExp(`^/search/${locale}\\.[0-9a-f]+/t\\d+\\.json$`), 'termShards'],
    [new RegExp(`^/search/${locale}\\.[0-9a-f]+/r\\d+\\.json$`), 'recordShards'],
    [new RegExp(`^/search/${locale}\\.[0-9a-f]+\\.json$`), 'index'],
  ];
  for (const entry of log) {
    const kind = kinds.find(([pattern]) => pattern.test(entry.path))?.[1];
    if (!kind) continue;
    sums[kind] += entry.wireBytes;
    sums.total += entry.wireBytes;
    sums.files += 1;
  }
  sums.shardRounds = (sums.termShards > 0 ? 1 : 0) + (sums.recordShards > 0 ? 1 : 0);
  return sums;
}

async function loadAndSearch(page: Page, server: BenchServer, plan: LocalePlan, query: string): Promise<PageRun> {
  server.takeLog();
  await page.goto(plan.pageUrl, { waitUntil: 'load' });
  await page.evaluate(([assets, q]) => (window as unknown as BenchWindow).searchBench.arm(assets, q), [plan.assets, query] as const);
  await page.focus('#q');
  const first = await page.evaluate(() => (window as unknown as BenchWindow).searchBench.first());
  // Random word pairs of the synthetic corpus are often weak matches: any hit (confident, weak or in the default locale) counts.
  if (first.results === 0) throw new Error(`The ${plan.locale} intent query "${query}" found nothing; pick queries from the corpus vocabulary.`);
  return { query, first, transfer: sumTransfer(server.takeLog(), plan.locale) };
}

async function measureLocale(browser: Browser, server: BenchServer, plan: LocalePlan): Promise<BrowserFigures> {
  const figures: BrowserFigures = { locale: plan.locale, cold: [], warm: [], latencyFirst: { times: [], empty: 0 }, latencyFetched: sumTransfer([], plan.locale), latencyRepeat: { times: [], empty: 0 } };
  for (const [run, query] of plan.intentQueries.entries()) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`  page error (${plan.locale}): ${error.message}`));
      figures.cold.push(await loadAndSearch(page, server, plan, query));
      figures.warm.push(await loadAndSearch(page, server, plan, query));
      if (run === 0) {
        const latency = (queries: string[]) =>
          page.evaluate(([assets, list]) => (window as unknown as BenchWindow).searchBench.latency(assets, list), [plan.assets, queries] as const);
        server.takeLog();
        figures.latencyFirst = await latency(plan.latencyQueries);
        figures.latencyFetched = sumTransfer(server.takeLog(), plan.locale);
        figures.latencyRepeat = await latency(plan.latencyQueries);
      }
    } finally {
      await context.close();
    }
  }
  return figures;
}

/**
 * Launches headless Chromium (Debian's, at `executablePath`) and measures every locale's plan
 * against the running bench server. Closes the browser whatever happens.
 * @returns the browser version and the figures per locale
 */
export async function measureInChromium(
  server: BenchServer,
  plans: readonly LocalePlan[],
  executablePath = '/usr/bin/chromium',
): Promise<{ version: string; figures: BrowserFigures[] }> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const figures: BrowserFigures[] = [];
    for (const plan of plans) figures.push(await measureLocale(browser, server, plan));
    return { version: browser.version(), figures };
  } finally {
    await browser.close();
  }
}
