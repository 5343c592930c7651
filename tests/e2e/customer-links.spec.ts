import { expect, test } from './fixtures';

test('"copy link for a customer" on an article and on a heading copies the short link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh-Hans/billing/refunds-and-cancellations');
  const origin = new URL(page.url()).origin;
  await page.getByRole('button', { name: '复制给客户的链接', exact: true }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/a/refunds-and-cancellations`);
  const heading = page.getByRole('heading', { level: 2 }).first();
  const id = await heading.getAttribute('id');
  const name = (await heading.textContent())?.trim();
  await page.getByRole('button', { name: `复制“${name}”给客户的链接` }).click();
  await expect(heading.locator('..').getByRole('status').filter({ hasText: '已复制短链接' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/a/refunds-and-cancellations#${encodeURIComponent(id ?? '')}`);
});

test('an FAQ entry offers a customer link that keeps its anchor', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/account/sign-in-faq#faq-2fa');
  const entry = page.locator('details#faq-2fa');
  await expect(entry).toHaveAttribute('open', '');
  await entry.getByRole('button', { name: /^Copy link to “.+” for a customer$/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/a\/sign-in-faq#faq-2fa$/);
});

for (const [language, locale] of [['en-US', 'en'], ['zh-TW', 'zh-Hant'], ['zh-CN', 'zh-Hans']] as const) {
  test(`a short link with a fragment opens the ${locale} page at that FAQ entry`, async ({ browser }) => {
    const context = await browser.newContext({ locale: language, extraHTTPHeaders: { 'Accept-Language': language } });
    const page = await context.newPage();
    await page.goto('/a/sign-in-faq#faq-2fa');
    await expect(page).toHaveURL(new RegExp(`/${locale}/account/sign-in-faq#faq-2fa$`));
    await expect(page.locator('details#faq-2fa')).toHaveAttribute('open', '');
    await expect(page.locator('details#faq-2fa')).toBeInViewport();
    await context.close();
  });
}

test('a short link with a heading fragment lands on that heading', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en' } });
  const page = await context.newPage();
  await page.goto('/en/billing/refunds-and-cancellations');
  const id = (await page.getByRole('heading', { level: 2 }).last().getAttribute('id')) ?? '';
  await page.goto(`/a/refunds-and-cancellations#${id}`);
  await expect(page).toHaveURL(new RegExp(`/en/billing/refunds-and-cancellations#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await context.close();
});
