import { expect, test } from './fixtures';

test('the search page is prerendered: heading, box and a searching state are in the HTML', async ({ request }) => {
  const response = await request.get('/zh-Hans/search?q=%E9%80%80%E6%AC%BE');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<h1[^>]*>搜索<\/h1>/);
  expect(html).toMatch(/<input(?=[^>]*type="search")(?=[^>]*name="q")[^>]*>/);
  expect(html).toMatch(/<ol[^>]*id="search-results"[^>]*aria-busy="true"/);
  expect(html).toContain('正在搜索…');
});

test('without JavaScript the search page says how to search and links the topics', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search?q=refund');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' })).toBeVisible();
  // Playwright's text and role queries skip <noscript>, so its content is found by CSS.
  const howTo = page.locator('main noscript p');
  await expect(howTo).toBeVisible();
  await expect(howTo).toContainText('Search runs in your browser and needs JavaScript');
  await expect(page.locator('main noscript a[href="/en/billing"]')).toBeVisible();
  await expect(page.locator('[data-search-status]')).toBeHidden();
  await context.close();
});

test('with JavaScript the results fill in and the heading names the query', async ({ page }) => {
  await page.goto('/en/search?q=refund');
  const list = page.locator('ol#search-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “refund”');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' })).toHaveValue('refund');
  await expect(list.locator(':scope > li').first().getByRole('link').first()).toContainText('Refunds and cancellations');
  await expect(page.locator('[data-search-status]')).toHaveText(/^(1 article|\d+ articles) found$/);
});

test('switching language on the search page keeps the query and the topic', async ({ page }) => {
  await page.goto('/en/search?q=password&category=account');
  await expect(page.locator('ol#search-results')).toHaveAttribute('aria-busy', 'false');
  const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('reset password');
  await box.press('Enter');
  await expect(page).toHaveURL(/\?q=reset\+password&category=account$/);
  await page.getByLabel('Language: English').click();
  const zhHant = page.getByRole('link', { name: '繁體中文' });
  await expect(zhHant).toHaveAttribute('href', '/zh-Hant/search?q=reset+password&category=account');
  await zhHant.click();
  await expect(page).toHaveURL(/\/zh-Hant\/search\?q=reset\+password&category=account$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: '搜尋說明中心' })).toHaveValue('reset password');
  await expect(page.getByRole('combobox', { name: '主題' })).toHaveValue('account');
});
