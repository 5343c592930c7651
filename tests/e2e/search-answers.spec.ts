import { expect, test } from './fixtures';

// Article pages have one search box (the header's); the home page has two.
test.use({ viewport: { width: 1280, height: 800 } });

test('an uncovered topic (a draft article) ends in the no-results state, not six unrelated answers', async ({ page }) => {
  await page.goto('/en/account/reset-password');
  await page.getByRole('searchbox', { name: 'Search the help center' }).fill('zapier');
  await expect(page.getByRole('paragraph').filter({ hasText: 'No articles match “zapier”.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No articles match “zapier”.' })).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Suggested answers' })).toHaveCount(0);
  await expect(page.locator('[data-search-answer]')).toHaveCount(0);
});

test('the search page shows no answers for a Chinese uncovered topic', async ({ page }) => {
  await page.goto('/zh-Hant/search?q=%E8%AB%8B%E5%81%87');
  const list = page.locator('ol#search-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('li')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '找不到符合「請假」的文章。' })).toBeVisible();
});

test('an FAQ entry that answers the query is shown inline in the dropdown with a link to it', async ({ page }) => {
  await page.goto('/en/account/reset-password');
  await page.getByRole('searchbox', { name: 'Search the help center' }).fill('where can I download invoices');
  const answer = page.getByRole('region', { name: 'Answer' });
  await expect(answer).toContainText('Where can I download my invoices?');
  await expect(answer).toContainText('Open the avatar menu');
  await expect(answer.getByRole('link', { name: 'Read the full answer' })).toHaveAttribute('href', /^\/en\/billing\/billing-faq\?.*#faq-download-invoices$/);
});

test('the search page shows the inline answer in the page language', async ({ page }) => {
  await page.goto('/zh-Hans/search?q=%E5%93%AA%E9%87%8C%E4%B8%8B%E8%BD%BD%E5%8F%91%E7%A5%A8');
  const answer = page.getByRole('region', { name: '解答' });
  await expect(answer).toContainText('在哪里下载发票？');
  await expect(answer.getByRole('link', { name: '阅读完整解答' })).toHaveAttribute('href', /^\/zh-Hans\/billing\/billing-faq\?.*#faq-download-invoices$/);
});

test('an English word on a Chinese page finds the Chinese translation, marked as matched in English', async ({ page }) => {
  await page.goto('/zh-Hans/account/reset-password');
  await page.getByRole('searchbox', { name: '搜索帮助中心' }).fill('refund');
  const first = page.getByRole('list', { name: '推荐的解答' }).getByRole('link').first();
  await expect(first).toContainText('退款与取消订阅');
  await expect(first).toContainText('通过英文匹配');
  await expect(first).toHaveAttribute('href', /^\/zh-Hans\/billing\/refunds-and-cancellations\?/);
});

test('the search page lists hits below the threshold only as marked weak matches', async ({ page }) => {
  await page.goto('/en/search?q=zapier');
  const list = page.locator('ol#search-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('li')).toHaveCount(0);
  const weak = page.getByRole('region', { name: 'Weak matches: these may not answer your question' });
  await expect(weak.getByRole('listitem').first()).toContainText('Weak match');
  await expect(weak.getByRole('link', { name: /Connect Rosterly to Zapier/ })).toHaveCount(0);
});
