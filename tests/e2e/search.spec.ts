import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function finalResults(page: Page) {
  const list = page.locator('ol#search-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  return list;
}

test('typing a whole question shows the answering article as you type', async ({ page }) => {
  await page.goto('/en/account/reset-password');
  const box = page.getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('How can I get my money back if I cancelled?');
  const suggestions = page.getByRole('list', { name: 'Suggested answers' });
  await expect(suggestions.getByRole('link').first()).toContainText('Refunds and cancellations');
  await expect(suggestions.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /articles? found/ })).toHaveCount(1);
});

test('arrow keys move through results and Enter opens a section at its anchor', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/en');
  const box = page.getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('notifications on iphone');
  const suggestions = page.getByRole('list', { name: 'Suggested answers' });
  await expect(suggestions.getByRole('link').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(suggestions.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const section = suggestions.getByRole('link').nth(1);
  await expect(section).toBeFocused();
  const href = (await section.getAttribute('href')) ?? '';
  const anchor = href.split('#')[1];
  expect(anchor).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expect(page).not.toHaveURL(/src=search/);
  await expect(page.locator(`[id="${decodeURIComponent(anchor ?? '')}"]`)).toBeInViewport();
  await page.keyboard.press('Escape');
});

test('Escape closes the suggestions and returns to the search box', async ({ page }) => {
  await page.goto('/en/billing');
  const box = page.getByRole('searchbox', { name: 'Search the help center' });
  await box.fill('invoice');
  const suggestions = page.getByRole('list', { name: 'Suggested answers' });
  await box.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(box).toBeFocused();
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('a shared search link shows the same results to everyone, best first', async ({ browser }) => {
  const url = '/zh-Hans/search?q=%E5%BF%98%E8%AE%B0%E5%AF%86%E7%A0%81%E6%80%8E%E4%B9%88%E5%8A%9E';
  const hrefs: string[][] = [];
  for (let i = 0; i < 2; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const list = await finalResults(page);
    await expect(list).toHaveAccessibleName('搜索结果');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('“忘记密码怎么办”的搜索结果');
    const items = list.locator(':scope > li');
    await expect(items.first().getByRole('link').first()).toContainText('重置密码');
    hrefs.push(await items.evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.getAttribute('href') ?? '')));
    await context.close();
  }
  expect(hrefs[0]?.length).toBeGreaterThan(0);
  expect(hrefs[1]).toEqual(hrefs[0]);
});

test('Simplified queries find Traditional articles and the other way round', async ({ page }) => {
  const cases = [
    ['/zh-Hant/search?q=%E5%AF%86%E7%A0%81', '重設密碼'],
    ['/zh-Hans/search?q=%E5%AF%86%E7%A2%BC', '重置密码'],
    ['/zh-Hant/search?q=%E5%B8%90%E6%88%B7%20%E5%88%A0%E9%99%A4', '刪除'],
    ['/zh-Hans/search?q=iPhone%20%E5%90%8C%E6%AD%A5', 'iPhone'],
  ] as const;
  for (const [url, expected] of cases) {
    await page.goto(url);
    const list = await finalResults(page);
    await expect(list.locator(':scope > li').first().getByRole('link').first(), url).toContainText(expected);
  }
});

test('the topic filter narrows results and stays in the URL', async ({ page }) => {
  await page.goto('/en/search?q=account');
  await finalResults(page);
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('privacy-security');
  await expect(page).toHaveURL(/[?&]category=privacy-security/);
  const list = await finalResults(page);
  const categories = await list.locator(':scope > li > a > span:nth-child(2)').allTextContents();
  expect(categories.length).toBeGreaterThan(0);
  expect(new Set(categories)).toEqual(new Set(['Privacy & security']));
});

test('no results says so, suggests popular articles and offers support with the query', async ({ page }) => {
  await page.goto('/zh-Hant/search?q=xylophone%20quartz');
  const list = await finalResults(page);
  await expect(list.locator('li')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '找不到符合「xylophone quartz」的文章。' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '熱門文章' })).toBeVisible();
  await expect(page.getByRole('link', { name: '向客服詢問這個問題' })).toHaveAttribute('href', /query=xylophone\+quartz/);
});

test('Ctrl+K and / focus the search box, but "/" typed in a field stays text', async ({ page }) => {
  await page.goto('/en/account/enable-two-factor');
  const box = page.getByRole('searchbox', { name: 'Search the help center' });
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await expect(box).not.toBeFocused();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});

test('an input method composing pinyin does not search until the characters are committed', async ({ page }) => {
  // Record every query the page sends to the search worker, so the negative check below reads
  // what happened instead of waiting a while and hoping a search would have shown by then.
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { sentQueries: sent });
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      if (message && typeof message === 'object' && 'query' in message) sent.push(String((message as { query: unknown }).query));
      return post.call(this, message, ...rest);
    } as typeof post;
  });
  await page.goto('/zh-Hans');
  const box = page.getByRole('searchbox', { name: '搜索帮助中心' });
  await box.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'mima', selectionStart: 4, selectionEnd: 4 });
  await expect(box).toHaveValue('mima');
  await cdp.send('Input.insertText', { text: '密码' });
  await expect(box).toHaveValue('密码');
  await expect(page.getByRole('list', { name: '推荐的解答' }).getByRole('link').first()).toContainText('重置密码');
  // Searches run in input order, so had "mima" been searched, it would be listed before 密码.
  const sent = await page.evaluate(() => (window as unknown as { sentQueries: string[] }).sentQueries);
  expect(sent).toContain('密码');
  expect(sent).not.toContain('mima');
});
