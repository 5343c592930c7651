import { expect, test } from '../e2e/fixtures';

test('an article whose translation still needs translation shows the default-locale text with a notice', async ({ page }) => {
  await page.goto('/zh-Hant/general/export-shifts');
  await expect(page.getByText('本文尚無繁體中文版本，目前顯示的是 English 版本。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Export shifts' })).toBeVisible();
  await expect(page.getByText('Open the schedule and select Export.')).toBeVisible();
  await expect(page.getByText('delete the needsTranslation line')).toHaveCount(0);
});

test('a translated article shows no fallback notice', async ({ page }) => {
  await page.goto('/zh-Hant/general/hello');
  await expect(page.getByRole('heading', { level: 1, name: '你好' })).toBeVisible();
  await expect(page.getByText(/本文尚無/)).toHaveCount(0);
});

test('the default-locale article shows no notice', async ({ page }) => {
  await page.goto('/en/general/export-shifts');
  await expect(page.getByRole('heading', { level: 1, name: 'Export shifts' })).toBeVisible();
  await expect(page.getByText(/is not available in/)).toHaveCount(0);
});
