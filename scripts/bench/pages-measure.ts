import { chromium, type Browser, type CDPSession } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Compressed bytes on the wire (headers included) per kind of response. */
export interface PageLoad {
  bytes: Record<ResourceKind, number>;
  requests: number;
  prefetches: number;
  fcp: number;
  lcp: number;
}

export type ResourceKind = 'html' | 'js' | 'css' | 'images' | 'search' | 'rsc' | 'other';
export const RESOURCE_KINDS: ResourceKind[] = ['html', 'js', 'css', 'images', 'search', 'rsc', 'other'];

/** 1.6 Mbps down, 750 kbps up, 150 ms round trip, 4x CPU slowdown (Lighthouse's "slow 4G"). */
export const THROTTLING = { download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8, latency: 150, cpu: 4 };

function kindOf(url: string, type: string, headers: Record<string, string>): ResourceKind {
  const path = new URL(url).pathname;
  if (path.startsWith('/search/')) return 'search';
  if (type === 'Document') return 'html';
  if (headers.rsc || headers['next-router-prefetch'] || url.includes('_rsc=')) return 'rsc';
  if (type === 'Script') return 'js';
  if (type === 'Stylesheet') return 'css';
  if (type === 'Image' || type === 'Media' || type === 'Font') return 'images';
  return 'other';
}

async function throttle(session: CDPSession, on: boolean) {
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (!on) return;
  await session.send('Network.emulateNetworkConditions', { offline: false, downloadThroughput: THROTTLING.download, uploadThroughput: THROTTLING.upload, latency: THROTTLING.latency, connectionType: 'cellular4g' });
  await session.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
}

const PAINT_OBSERVER = `
  window.__paint = { fcp: 0, lcp: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { const all = list.getEntries(); window.__paint.lcp = all[all.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

/** What Chromium on a phone with Data Saver on a slow network reports (headless Chromium has no `saveData`). */
const SLOW_CONNECTION = `
  Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, effectiveType: '3g', downlink: 0.4, rtt: 400, addEventListener() {}, removeEventListener() {} } });
`;

/**
 * Loads `url` once in a fresh context (empty cache) and records every response until the
 * network has been quiet for a second after load, at most 20 s (idle-time prefetches and index
 * fetches count).
 */
async function loadOnce(browser: Browser, url: string, throttled: boolean, saveData: boolean): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAINT_OBSERVER);
    if (saveData) await page.addInitScript(SLOW_CONNECTION);
    const session = await context.newCDPSession(page);
    await throttle(session, throttled);
    const load: PageLoad = { bytes: Object.fromEntries(RESOURCE_KINDS.map((k) => [k, 0])) as Record<ResourceKind, number>, requests: 0, prefetches: 0, fcp: 0, lcp: 0 };
    let last = Date.now();
    let pending = 0;
    page.on('request', () => {
      last = Date.now();
      pending += 1;
    });
    page.on('requestfailed', () => {
      pending -= 1;
    });
    // Playwright's events include the search worker's requests, which a page CDP session does not see.
    page.on('requestfinished', async (request) => {
      const url = request.url();
      const sizes = await request.sizes().catch(() => undefined);
      const headers = await request.allHeaders().catch(() => ({}) as Record<string, string>);
      last = Date.now();
      pending -= 1;
      if (url.startsWith('data:') || !sizes) return;
      const type = { document: 'Document', script: 'Script', stylesheet: 'Stylesheet', image: 'Image', media: 'Media', font: 'Font' }[request.resourceType()] ?? 'Other';
      const kind = kindOf(url, type, headers);
      load.bytes[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
      load.requests += 1;
      if (kind === 'rsc' || headers['next-router-prefetch'] || headers.purpose === 'prefetch' || headers['sec-purpose']?.includes('prefetch')) load.prefetches += 1;
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const deadline = Date.now() + 20_000;
    while ((pending > 0 || Date.now() - last < 1000) && Date.now() < deadline) await page.waitForTimeout(200);
    const paint = await page.evaluate(() => (window as unknown as { __paint: { fcp: number; lcp: number } }).__paint);
    load.fcp = paint.fcp;
    load.lcp = paint.lcp;
    return load;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of `runs` cold loads of each URL, field by field. */
export async function measurePages(baseUrl: string, urls: string[], runs: number, throttled: boolean, saveData = false): Promise<Map<string, PageLoad>> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const result = new Map<string, PageLoad>();
    for (const url of urls) {
      const loads: PageLoad[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          loads.push(await loadOnce(browser, baseUrl + url, throttled, saveData));
        } catch (error) {
          // A load that never fires (a busy machine) is reported and left out of the median.
          console.warn(`  ${url}: run ${i + 1} failed: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      if (loads.length === 0) continue;
      result.set(url, {
        bytes: Object.fromEntries(RESOURCE_KINDS.map((k) => [k, median(loads.map((l) => l.bytes[k]))])) as Record<ResourceKind, number>,
        requests: median(loads.map((l) => l.requests)),
        prefetches: median(loads.map((l) => l.prefetches)),
        fcp: median(loads.map((l) => l.fcp)),
        lcp: median(loads.map((l) => l.lcp)),
      });
    }
    return result;
  } finally {
    await browser.close();
  }
}
