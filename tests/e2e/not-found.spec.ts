import { expect, test } from './fixtures';

const cases = [
  { path: '/en/billing/refund-policy-old', lang: 'en', title: 'Page not found', search: 'Search the help center', topics: 'Browse by topic', category: 'Billing' },
  { path: '/zh-Hant/no-such-topic', lang: 'zh-Hant', title: '找不到頁面', search: '搜尋說明中心', topics: '依主題瀏覽', category: '帳單與付款' },
  { path: '/zh-Hans/a/b/c', lang: 'zh-Hans', title: '页面不存在', search: '搜索帮助中心', topics: '按主题浏览', category: '账单与付款' },
] as const;

for (const c of cases) {
  test(`without JavaScript a ${c.lang} 404 has the site header, a search box and the topics`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(c.path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: /Rosterly/ })).toBeVisible();
    await expect(header.getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('searchbox', { name: c.search })).toBeVisible();
    const topics = page.getByRole('region', { name: c.topics });
    await expect(topics.getByRole('link')).toHaveCount(6);
    await expect(topics.getByRole('link', { name: new RegExp(c.category) })).toHaveAttribute('href', `/${c.lang}/billing`);
    await context.close();
  });
}

test('the 404 search box starts with the words of the bad path', async ({ page }) => {
  const response = await page.goto('/en/billing/refund-policy-old');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' })).toHaveValue('billing refund policy old');
});

test('the 404 page is dark when the system is dark', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/zh-Hans/no-such-page');
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  await context.close();
});

test('a path outside every language and an unknown short link get the site 404 in the visitor language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW', extraHTTPHeaders: { 'Accept-Language': 'zh-TW' } });
  const page = await context.newPage();
  const response = await page.goto('/no-such-locale/reset-my-password');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('main').getByRole('searchbox', { name: '搜尋說明中心' })).toHaveValue('no such locale reset my password');
  const shortLink = await page.goto('/a/no-such-article');
  expect(shortLink?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到頁面' })).toBeVisible();
  await context.close();
});
