import { expect, test } from './fixtures';

test('code blocks are highlighted in the HTML and their copy button copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/integrations/api-access-tokens');
  const block = page.locator('[data-code-block]').first();
  await expect(block.locator('pre.shiki span[style*="--shiki-dark"]').first()).toBeAttached();
  const code = (await block.locator('pre').innerText()).trim();
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(code);
});

test('highlighted code switches to its dark colours in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/zh-Hans/integrations/api-access-tokens');
  const background = await page.locator('pre.shiki').first().evaluate((pre) => getComputedStyle(pre).backgroundColor);
  expect(background).toBe('rgb(36, 41, 46)');
  await context.close();
});

test('a figure shows its dark variant in dark mode and opens larger on click', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/en/account/reset-password');
  const open = page.getByRole('button', { name: /^Open larger image: / }).first();
  await open.scrollIntoViewIfNeeded();
  await expect(open.locator('img:visible')).toHaveAttribute('src', /\.dark\.svg$/);
  await open.click();
  const close = page.getByRole('button', { name: 'Close', exact: true });
  await expect(close).toBeVisible();
  await close.click();
  await expect(close).toBeHidden();
  await context.close();
});

test('the tutorial video has captions and plays', async ({ page }) => {
  await page.goto('/zh-Hant/getting-started/build-first-schedule');
  const video = page.locator('video[aria-label="把待認領班次拖曳到人員的某一天"]');
  await expect(video.locator('source')).toHaveAttribute('src', '/assets/gs-drag-a-shift.webm');
  await expect(video.locator('track[kind="captions"]')).toHaveAttribute('srclang', 'zh-Hant');
  await video.evaluate((element: HTMLVideoElement) => {
    element.muted = true;
    return element.play();
  });
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime)).toBeGreaterThan(0.3);
  expect(await video.evaluate((element: HTMLVideoElement) => element.textTracks[0]?.mode)).toBe('showing');
});

test('"N of M people found this helpful" appears once an article has five votes, from a cached endpoint', async ({ browser, request }) => {
  for (let i = 0; i < 6; i++) {
    const vote = await request.post('/api/feedback', {
      headers: { 'Content-Type': 'application/json', 'User-Agent': `e2e-helpful-${i}` },
      data: Buffer.from(JSON.stringify({ articleId: 'payroll-export', locale: 'en', resolved: i !== 0 })),
    });
    expect(vote.status()).toBe(201);
  }
  const answer = await request.get('/api/helpful/payroll-export');
  expect(answer.headers()['cache-control']).toMatch(/s-maxage=(\d{3,})/);
  expect(Number(/s-maxage=(\d+)/.exec(answer.headers()['cache-control'] ?? '')?.[1])).toBeGreaterThanOrEqual(300);
  expect(await answer.json()).toEqual({ helpful: 5, total: 6, shown: true });
  expect((await request.get('/api/helpful/no-such-article')).status()).toBe(404);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/integrations/payroll-export');
  const widget = page.getByRole('region', { name: 'Did this solve your problem?' });
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByText('5 of 6 people found this helpful')).toBeVisible();
  await context.close();
});
