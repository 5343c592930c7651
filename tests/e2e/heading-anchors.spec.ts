import { expect, test } from './fixtures';

const REFUNDS = [
  { language: 'en-US', locale: 'en', heading: 'Request a refund', contents: 'On this page' },
  { language: 'zh-TW', locale: 'zh-Hant', heading: '申請退款', contents: '本頁內容' },
  { language: 'zh-CN', locale: 'zh-Hans', heading: '申请退款', contents: '本页内容' },
] as const;

for (const { language, locale, heading, contents } of REFUNDS) {
  test.describe(`${locale} visitor`, () => {
    test.use({ locale: language, extraHTTPHeaders: { 'Accept-Language': language } });

    test(`a short link with a heading fragment opens the ${locale} page at that heading`, async ({ page }) => {
      await page.goto('/a/refunds-and-cancellations#request-a-refund');
      await expect(page).toHaveURL(new RegExp(`/${locale}/billing/refunds-and-cancellations#request-a-refund$`));
      const target = page.getByRole('heading', { level: 2, name: heading, exact: true });
      await expect(target).toHaveAttribute('id', 'request-a-refund');
      await expect(target).toBeInViewport();
      // The outline links to the same shared id.
      await expect(page.getByRole('navigation', { name: contents }).first().getByRole('link', { name: heading, exact: true })).toHaveAttribute('href', '#request-a-refund');
    });
  });
}

test('an old percent-encoded Chinese anchor still scrolls to its heading, now under the shared id', async ({ page }) => {
  await page.goto(`/zh-Hans/billing/refunds-and-cancellations#${encodeURIComponent('申请退款')}`);
  await expect(page).toHaveURL(/\/zh-Hans\/billing\/refunds-and-cancellations#request-a-refund$/);
  await expect(page.getByRole('heading', { level: 2, name: '申请退款', exact: true })).toBeInViewport();
});
