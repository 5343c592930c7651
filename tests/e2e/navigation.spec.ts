import { expect, test } from './fixtures';

const journeys = [
  { locale: 'en', category: 'Account and sign-in', article: 'Reset your password' },
  { locale: 'zh-Hant', category: '帳號與登入', article: '重設密碼' },
  { locale: 'zh-Hans', category: '账号与登录', article: '重置密码' },
] as const;

for (const journey of journeys) {
  test(`a ${journey.locale} visitor goes from home to a category to an article`, async ({ page }) => {
    await page.goto(`/${journey.locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', journey.locale);
    await page.getByRole('link', { name: new RegExp(journey.category) }).click();
    await expect(page.getByRole('heading', { level: 1, name: journey.category })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: new RegExp(journey.article) }).click();
    await expect(page).toHaveURL(new RegExp(`/${journey.locale}/account/reset-password$`));
    await expect(page.getByRole('heading', { level: 1, name: journey.article })).toBeVisible();
    await expect(page.getByRole('navigation', { name: /Breadcrumb|導覽路徑|导航路径/ })).toContainText(journey.category);
  });
}

test('switching language keeps the visitor on the same article', async ({ page }) => {
  await page.goto('/en/billing/refunds-and-cancellations');
  await page.getByLabel('Language: English').click();
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-Hant\/billing\/refunds-and-cancellations$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await page.getByLabel('語言: 繁體中文').click();
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/billing\/refunds-and-cancellations$/);
});

test('the Chinese pages have no English interface text', async ({ page }) => {
  for (const path of ['/zh-Hant', '/zh-Hant/account/reset-password', '/zh-Hans/billing', '/zh-Hans/nope']) {
    await page.goto(path);
    const labels = await page.evaluate(() => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent && !parent.closest('[lang="en"], script, style, code')) texts.push(walker.currentNode.textContent ?? '');
      }
      for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
        texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
      }
      return texts;
    });
    const english = labels.filter((text) => /\b(the|your|search|home|page|link|copy|theme|language|not found|updated|related|edit)\b/i.test(text));
    expect(english, path).toEqual([]);
  }
});

test('an article shows its outline on wide screens and fits a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/account/reset-password');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  for (const path of ['/zh-Hant', '/zh-Hans/account/sign-in-faq', '/en/integrations/api-access-tokens']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the theme follows the system and the toggle choice survives a reload', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  await context.close();
});
