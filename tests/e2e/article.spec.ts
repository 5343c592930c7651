import { expect, test } from './fixtures';

test('a heading copy-link button puts the heading URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/account/reset-password');
  const heading = page.getByRole('heading', { level: 2 }).first();
  const id = await heading.getAttribute('id');
  const name = (await heading.textContent())?.trim();
  await page.getByRole('button', { name: `Copy link to “${name}”`, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}/en/account/reset-password#${id}`);
});

test('a Chinese FAQ entry copies its own anchor with a Chinese label', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh-Hant/account/sign-in-faq#faq-2fa');
  const entry = page.locator('details#faq-2fa');
  await expect(entry).toHaveAttribute('open', '');
  await entry.getByRole('button', { name: /^複製「.+」的連結$/ }).click();
  await expect(entry.getByRole('status').filter({ hasText: '已複製連結' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/zh-Hant\/account\/sign-in-faq#faq-2fa$/);
});

test('FAQ entries open and close from the keyboard and from a URL hash', async ({ page }) => {
  await page.goto('/en/account/sign-in-faq');
  const entry = page.locator('details#faq-sso');
  const summary = entry.locator('summary');
  await expect(entry).not.toHaveAttribute('open');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(entry).toHaveAttribute('open', '');
  await expect(entry.getByRole('button', { name: /^Copy link to “[^”]+”$/ })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(entry).not.toHaveAttribute('open');

  await page.goto('/en/account/sign-in-faq#faq-locked-account');
  await expect(page.locator('details#faq-locked-account')).toHaveAttribute('open', '');
  await expect(page.locator('details#faq-locked-account summary')).toBeFocused();
  await page.evaluate(() => { window.location.hash = 'faq-2fa'; });
  await expect(page.locator('details#faq-2fa')).toHaveAttribute('open', '');
});

test('FAQ pages publish FAQPage structured data with every question', async ({ page }) => {
  await page.goto('/zh-Hans/billing/billing-faq');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json ?? '{}') as { '@type': string; mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> };
  expect(data['@type']).toBe('FAQPage');
  expect(data.mainEntity.length).toBeGreaterThanOrEqual(6);
  const questions = await page.getByRole('main').locator('details > summary').allTextContents();
  expect(data.mainEntity.map((q) => q.name)).toEqual(questions.map((q) => q.trim()));
  expect(data.mainEntity.every((q) => q.acceptedAnswer.text.length > 20)).toBe(true);
});

test('an article links to its related articles, and not to its source file unless site.yml asks', async ({ page }) => {
  await page.goto('/en/account/reset-password');
  const related = page.getByRole('region', { name: 'Related articles' });
  await expect(related.getByRole('link')).not.toHaveCount(0);
  // The sample sets showEditLink: false; the content team's link is not for customers.
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});

test('printing shows the article without the site chrome, the vote or the outline', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/billing/refunds-and-cancellations');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1, name: 'Refunds and cancellations' })).toBeVisible();
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Did this solve your problem?' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Related articles' })).toBeHidden();
});
