import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

const ARTICLE = '/en/billing/refunds-and-cancellations';

/** What Chromium reports with Data Saver on a slow network (headless Chromium has no `saveData`). */
function reportSlowConnection() {
  Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, effectiveType: '3g', addEventListener() {}, removeEventListener() {} } });
}

const isPrefetch = (request: Request) => Boolean(request.headers()['next-router-prefetch']);

/** Every request the page makes from now on, in order. */
function record(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

test('on a phone with a fast connection an article fetches no prefetch, search file or script beyond its own until the visitor shows intent', async ({ page }) => {
  // A phone: on desktop the contents' highlighter is a chunk fetched after load.
  await page.setViewportSize({ width: 390, height: 844 });
  const requests = record(page);
  const response = await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  const html = (await response?.text()) ?? '';
  const lazyScripts = () => requests.filter((r) => r.resourceType() === 'script' && !html.includes(new URL(r.url()).pathname));
  expect(requests.filter((r) => isPrefetch(r) || r.url().includes('_rsc=')).map((r) => r.url())).toEqual([]);
  expect(requests.filter((r) => new URL(r.url()).pathname.startsWith('/search/')).map((r) => r.url())).toEqual([]);
  expect(lazyScripts().map((r) => r.url())).toEqual([]);

  // Pointing at the search box loads its panel and warms the worker; the vote's code waits for the vote.
  const worker = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith('/search/'));
  await page.getByRole('banner').getByRole('searchbox').hover();
  await worker;
  const afterSearch = lazyScripts().length;
  expect(afterSearch).toBeGreaterThan(0);
  await page.getByRole('region', { name: 'Did this solve your problem?' }).getByRole('button', { name: 'No', exact: true }).focus();
  await expect.poll(() => lazyScripts().length).toBeGreaterThan(afterSearch);
});

test('on a connection that asks to save data an article fetches no search index and at most 4 prefetches until a link is pointed at', async ({ page }) => {
  await page.addInitScript(reportSlowConnection);
  const requests = record(page);
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  expect(requests.filter((r) => new URL(r.url()).pathname.startsWith('/search/')).map((r) => r.url())).toEqual([]);
  expect(requests.filter(isPrefetch).length).toBeLessThanOrEqual(4);
  expect(requests.some((r) => isPrefetch(r) && new URL(r.url()).pathname === '/en/billing')).toBe(false);

  const prefetched = page.waitForRequest((r) => isPrefetch(r) && new URL(r.url()).pathname === '/en/billing');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Billing' }).hover();
  await prefetched;
});

test('the vote’s code arrives when the visitor tabs to the widget, and a keyboard No opens the follow-up question', async ({ browser }) => {
  // A slow connection keeps prefetches and the search index out of the way of what is counted.
  const context = await browser.newContext({ userAgent: 'e2e-lazy-feedback-keyboard' });
  const page = await context.newPage();
  await page.addInitScript(reportSlowConnection);
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  const requests = record(page);
  const widget = page.getByRole('region', { name: 'Did this solve your problem?' });
  const no = widget.getByRole('button', { name: 'No', exact: true });
  await expect(no).toBeVisible();
  expect(requests.filter((r) => r.resourceType() === 'script')).toEqual([]);

  await no.focus();
  await expect.poll(() => requests.filter((r) => r.resourceType() === 'script').length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(widget.getByText('Sorry about that. What went wrong?')).toBeFocused();
  await expect(widget.getByRole('radio')).toHaveCount(5);
  await context.close();
});

test('a Yes clicked straight after load is sent once the vote’s code arrives', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'e2e-lazy-feedback-click' });
  const page = await context.newPage();
  await page.goto('/zh-Hans/billing/refunds-and-cancellations');
  const votes = record(page);
  const widget = page.getByRole('region', { name: '这篇文章解决了你的问题吗？' });
  await widget.getByRole('button', { name: '是', exact: true }).click();
  await expect(widget.getByText('谢谢！很高兴能帮到你。')).toBeVisible();
  expect(votes.filter((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/feedback')).toHaveLength(1);
  await context.close();
});
