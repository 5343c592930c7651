import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** One page of each type; each test loads one of them once, in one language and theme. */
const PAGE_TYPES = [
  { type: 'home', path: '' },
  { type: 'category', path: '/account' },
  { type: 'article', path: '/account/reset-password' },
  { type: 'FAQ article', path: '/billing/billing-faq' },
  { type: 'search results', path: '/search?q=password' },
  { type: 'search without results', path: '/search?q=zzzz-nothing' },
];

for (const locale of ['en', 'zh-Hant', 'zh-Hans']) {
  for (const theme of ['light', 'dark'] as const) {
    for (const { type, path } of PAGE_TYPES) {
      test(`axe finds no serious problems on the ${locale} ${type} page in the ${theme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/${locale}${path}`);
        if (path.startsWith('/search')) await expect(page.locator('#search-results')).toHaveAttribute('aria-busy', 'false');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}
