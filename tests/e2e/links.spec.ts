import { expect, test } from './fixtures';

// Static pages bake SITE_URL in at build time.
const SITE = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

test('/ sends visitors to their language', async ({ request }) => {
  for (const [header, locale] of [['zh-TW,zh;q=0.9', 'zh-Hant'], ['zh-CN', 'zh-Hans'], ['fr-FR', 'en']] as const) {
    const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(new RegExp(`/${locale}$`));
  }
});

test('a short link opens the article in the customer language, or the one asked for', async ({ request }) => {
  const zh = await request.get('/a/reset-password', { headers: { 'Accept-Language': 'zh-HK' }, maxRedirects: 0 });
  expect(zh.status()).toBe(307);
  expect(zh.headers()['location']).toMatch(/\/zh-Hant\/account\/reset-password\?src=support$/);
  const forced = await request.get('/a/reset-password?lang=zh-Hans', { headers: { 'Accept-Language': 'en' }, maxRedirects: 0 });
  expect(forced.headers()['location']).toMatch(/\/zh-Hans\/account\/reset-password\?src=support$/);
  const unknown = await request.get('/a/no-such-article', { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
});

test('an old path from redirectFrom redirects permanently to the article', async ({ page, request }) => {
  const response = await request.get('/en/account/forgot-password', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe('/en/account/reset-password');
  await page.goto('/zh-Hant/account/forgot-password');
  await expect(page).toHaveURL(/\/zh-Hant\/account\/reset-password$/);
  await expect(page.getByRole('heading', { level: 1, name: '重設密碼' })).toBeVisible();
});

test('unknown paths show a localized 404 page that offers search', async ({ page }) => {
  const cases = [
    ['/en/no-such-topic', 'Page not found', 'Search the help center'],
    ['/zh-Hant/account/no-such-article', '找不到頁面', '搜尋說明中心'],
    ['/zh-Hans/a/b/c', '页面不存在', '搜索帮助中心'],
    ['/no-such-locale/x', 'Page not found', 'Search the help center'],
  ] as const;
  for (const [path, title, search] of cases) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('/zh-Hant') ? 'zh-Hant' : path.startsWith('/zh-Hans') ? 'zh-Hans' : 'en');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('searchbox', { name: search })).toBeVisible();
  }
});

test('the sitemap lists every language of a page and robots.txt points to it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${SITE}/zh-Hant/account/reset-password</loc>`);
  expect(sitemap).toContain(`hreflang="zh-Hans" href="${SITE}/zh-Hans/account/reset-password"`);
  expect(sitemap).not.toContain('zapier-integration');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});

test('article pages carry canonical, hreflang and OpenGraph metadata', async ({ page }) => {
  await page.goto('/zh-Hans/billing/refunds-and-cancellations');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}/zh-Hans/billing/refunds-and-cancellations`);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute('href', `${SITE}/zh-Hant/billing/refunds-and-cancellations`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/en\/billing\/refunds-and-cancellations$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '退款与取消订阅');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
});
