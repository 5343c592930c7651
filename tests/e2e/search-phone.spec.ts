import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PHONE = { width: 390, height: 844 };
const QUESTION = 'How can I get my money back if I cancelled my subscription last week?';

async function openSearchView(page: Page) {
  await page.setViewportSize(PHONE);
  await page.goto('/en/account/reset-password');
  const trigger = page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
  await trigger.click();
  const view = page.getByRole('dialog', { name: 'Search the help center' });
  await expect(view).toBeVisible();
  return { trigger, view, field: view.getByRole('textbox', { name: 'Search the help center' }) };
}

test('on a phone, search opens a full-screen view where the whole question stays readable', async ({ page }) => {
  const { view, field } = await openSearchView(page);
  expect(await view.boundingBox()).toEqual({ x: 0, y: 0, ...PHONE });
  await expect(field).toBeFocused();
  await page.keyboard.type(QUESTION);
  await expect(field).toHaveValue(QUESTION);
  // The field grows instead of scrolling the start of the question out of sight.
  const fit = await field.evaluate((el: HTMLTextAreaElement) => {
    const style = getComputedStyle(el);
    const text = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return { lines: text / parseFloat(style.lineHeight), hidden: el.scrollHeight - el.clientHeight, sideways: el.scrollWidth - el.clientWidth };
  });
  expect(fit.lines).toBeGreaterThan(1.5);
  expect(fit.hidden).toBeLessThanOrEqual(0);
  expect(fit.sideways).toBeLessThanOrEqual(0);
  // No control lies under another: field, Search and Close sit side by side.
  const boxes = await Promise.all([field, view.getByRole('button', { name: 'Search', exact: true }), view.getByRole('button', { name: 'Close' })].map(async (l) => (await l.boundingBox())!));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `controls ${i} and ${j} overlap`).toBe(false);
    }
  }
  await expect(view.getByRole('list', { name: 'Suggested answers' }).getByRole('link').first()).toContainText('Refunds and cancellations');
});

test('the phone search view closes with its button or Escape and focus returns to the box', async ({ page }) => {
  const { trigger, view } = await openSearchView(page);
  await page.keyboard.type('invoice');
  // The close button is reached from the field by keyboard.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(view.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(view).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveValue('invoice');
  await trigger.click();
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('the phone search view speaks the page language', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/zh-Hant/billing');
  await page.getByRole('banner').getByRole('searchbox', { name: '搜尋說明中心' }).click();
  const view = page.getByRole('dialog', { name: '搜尋說明中心' });
  await expect(view.getByRole('button', { name: '關閉' })).toBeVisible();
  await expect(view.getByRole('button', { name: '搜尋', exact: true })).toBeVisible();
});

test('axe finds no serious problems in the open phone search view in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const { view } = await openSearchView(page);
  await page.keyboard.type('invoice');
  await expect(view.getByRole('list', { name: 'Suggested answers' }).getByRole('link').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('at 1280 px the header search box is at least 400 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/billing/refunds-and-cancellations');
  const box = await page.getByRole('banner').getByRole('search').boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(400);
});

for (const connection of [{ saveData: true, effectiveType: '4g' }, { saveData: false, effectiveType: '3g' }]) {
  test(`nothing of the search index loads before intent on a ${connection.saveData ? 'data-saving' : connection.effectiveType} connection`, async ({ page }) => {
    await page.addInitScript((value) => {
      Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ ...value, addEventListener() {}, removeEventListener() {} }) });
    }, connection);
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/search/')) searchRequests.push(request.url());
    });
    await page.goto('/en/billing/refunds-and-cancellations');
    await page.waitForLoadState('networkidle');
    // Wait for two idle periods of the page: the point at which an idle-time warm-up would have run.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
    await page.getByRole('banner').getByRole('searchbox').hover();
    expect(searchRequests).toEqual([]);
    const index = page.waitForRequest((request) => /^\/search\/en\..+\.json$/.test(new URL(request.url()).pathname));
    await page.getByRole('banner').getByRole('searchbox').focus();
    await index;
  });
}
