import { test as base, expect } from '@playwright/test';

/**
 * `page` that fails the test on any console error or uncaught exception, so a page that
 * looks right but logs a hydration error or a 404 still fails.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({}, provide) => {
    await provide([]);
  },
  page: async ({ page, consoleErrors }, provide) => {
    // A 404 page's own document logs "Failed to load resource"; that status is asserted by the
    // tests that visit unknown paths. Any other failed resource still counts.
    const missingDocuments = new Set<string>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document' && response.status() === 404) missingDocuments.add(response.url());
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const url = message.location().url;
      if (message.text().startsWith('Failed to load resource') && missingDocuments.has(url)) return;
      consoleErrors.push(`${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await provide(page);
    expect(consoleErrors, 'console errors on the pages visited').toEqual([]);
  },
});

export { expect };
