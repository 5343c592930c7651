import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const PASSWORD = 'e2e-admin-password';
const ADMIN_PAGES = ['/admin', '/admin/articles', '/admin/articles/refunds-and-cancellations', '/admin/comments', '/admin/searches', '/admin/review', '/admin/links'];
const VIEWS = [['light', 1280], ['dark', 1280], ['light', 390], ['dark', 390]] as const;

// One page load and one axe run per test, so a busy machine cannot push many into one timeout.
for (const path of ADMIN_PAGES) {
  for (const [theme, width] of VIEWS) {
    test(`axe finds no serious problems on ${path} in the ${theme} theme at ${width} px`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const signedIn = await page.request.post('/admin/login', { form: { password: PASSWORD }, headers: { Origin: baseURL ?? '' }, maxRedirects: 0 });
      expect(signedIn.status()).toBe(303);
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Dashboard' })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(theme === 'dark');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
