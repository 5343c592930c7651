import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const pages = ['', '/account', '/account/reset-password', '/billing/billing-faq', '/search?q=password', '/search?q=zzzz-nothing'];

for (const locale of ['en', 'zh-Hant', 'zh-Hans']) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no serious problems on ${locale} pages in the ${theme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      for (const path of pages) {
        await page.goto(`/${locale}${path}`);
        if (path.startsWith('/search')) await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `/${locale}${path}`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
