import { expect, test } from './fixtures';

for (const path of ['/en/account/reset-password', '/zh-Hant/account/reset-password', '/zh-Hans/account/reset-password']) {
  test(`on a 390 px phone the header of ${path} is one row and the search box`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const header = page.getByRole('banner');
    const home = await header.getByRole('link').first().boundingBox();
    const theme = await header.getByRole('button', { name: /^(Theme|主題|主题)/ }).boundingBox();
    const search = await header.getByRole('searchbox').boundingBox();
    expect(home && theme && search).toBeTruthy();
    // Name, language and theme share the first row; the search box is the second.
    expect(Math.abs((home?.y ?? 0) + (home?.height ?? 0) / 2 - ((theme?.y ?? 0) + (theme?.height ?? 0) / 2))).toBeLessThan(6);
    expect(search?.y ?? 0).toBeGreaterThan((theme?.y ?? 0) + (theme?.height ?? 0) - 1);
    const height = (await header.boundingBox())?.height ?? 0;
    expect(height).toBeLessThan(100);
  });
}

test('below desktop width the article has a collapsed "On this page" that opens and jumps to a section', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/zh-Hans/account/reset-password');
  const toggle = page.locator('summary', { hasText: '本页内容' });
  await expect(toggle).toBeVisible();
  const contents = page.getByRole('navigation', { name: '本页内容' });
  await expect(contents).toBeHidden();
  await toggle.click();
  await expect(contents).toBeVisible();
  const first = contents.getByRole('link').first();
  const hash = await first.getAttribute('href');
  await first.click();
  await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(hash);
});

test('on desktop the contents mark the section being read as the visitor scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/billing/refunds-and-cancellations');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const links = contents.getByRole('link');
  await expect(links.first()).toHaveAttribute('aria-current', 'true');
  const last = links.last();
  const target = (await last.getAttribute('href'))?.slice(1) ?? '';
  await page.evaluate((id) => document.getElementById(decodeURIComponent(id))?.scrollIntoView({ block: 'start' }), target);
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(links.first()).not.toHaveAttribute('aria-current', 'true');
});

test('an article lists the articles of its section and links to the previous and next one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/billing/plans-and-pricing');
  const section = page.getByRole('navigation', { name: 'Articles in this section', exact: true });
  await expect(section.getByRole('link')).toHaveCount(4);
  await expect(section.getByRole('link', { name: 'Plans and pricing' })).toHaveAttribute('aria-current', 'page');
  const pager = page.getByRole('navigation', { name: 'More articles in this section' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', /^\/en\/billing\//);
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/en\/billing\/(?!plans-and-pricing)/);
});

test('a heading sits closer to its own text than to the text before it', async ({ page }) => {
  await page.goto('/en/billing/refunds-and-cancellations');
  const gaps = await page.evaluate(() => {
    const heading = document.querySelector('.prose h2');
    const wrapper = heading?.parentElement;
    const before = wrapper?.previousElementSibling;
    const after = wrapper?.nextElementSibling;
    if (!heading || !before || !after) return undefined;
    const h = heading.getBoundingClientRect();
    return { above: h.top - before.getBoundingClientRect().bottom, below: after.getBoundingClientRect().top - h.bottom };
  });
  expect(gaps).toBeDefined();
  expect(gaps?.below ?? 0).toBeLessThan((gaps?.above ?? 0) / 2);
});
