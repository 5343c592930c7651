import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The tests build on each other's data (a vote, then its moderation): run them in order. The
// lockout test names its own client address (the suite's server trusts one proxy hop), so it
// cannot lock out the other dashboard tests, which come from 127.0.0.1.
test.describe.configure({ mode: 'serial' });

const LOCKOUT_CLIENT = { 'X-Forwarded-For': '203.0.113.250' };

const PASSWORD = 'e2e-admin-password';

async function signIn(page: Page, next = '/admin'): Promise<void> {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('signed-out requests and cross-site posts are refused, and every answer is no-store and noindex', async ({ request, baseURL }) => {
  const page = await request.get('/admin/comments?state=new', { maxRedirects: 0 });
  expect(page.status()).toBe(303);
  expect(page.headers()['location']).toMatch(/\/admin\/login\?next=%2Fadmin%2Fcomments%3Fstate%3Dnew$/);
  expect(page.headers()['cache-control']).toContain('no-store');
  expect(page.headers()['x-robots-tag']).toContain('noindex');

  const exported = await request.get('/admin/export/votes.csv');
  expect(exported.status()).toBe(401);
  expect(await exported.json()).toMatchObject({ error: expect.any(String), fields: { session: expect.any(String) } });

  const action = await request.post('/admin/comments/moderate', { form: { ids: '1', state: 'done' }, headers: { Origin: baseURL ?? '' } });
  expect(action.status()).toBe(401);

  const crossSite = await request.post('/admin/login', { form: { password: PASSWORD }, headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['set-cookie']).toBeUndefined();

  const login = await request.get('/admin/login');
  expect(login.status()).toBe(200);
  expect(login.headers()['cache-control']).toContain('no-store');
  expect(login.headers()['x-robots-tag']).toContain('noindex');
});

test('a wrong password is refused in the dashboard language, the right one opens the page asked for', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto('/admin/login?next=%2Fadmin%2Freview');
  await page.getByLabel('密碼').fill('not-the-password');
  const refused = page.waitForResponse((response) => response.url().endsWith('/admin/login') && response.request().method() === 'POST');
  await page.getByRole('button', { name: '登入' }).click();
  expect((await refused).status()).toBe(401);
  await expect(page.getByRole('alert')).toHaveText('密碼不正確，請確認後再試一次。');
  await page.getByLabel('密碼').fill(PASSWORD);
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page).toHaveURL(/\/admin\/review$/);
  await expect(page.getByRole('heading', { level: 1, name: '待審查' })).toBeVisible();
  const cookie = (await context.cookies()).find((c) => c.name === 'resolve_admin');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin' });
  await context.close();
});

test('a No with a <script> comment reaches the queue escaped, is marked done, and is in the CSV', async ({ browser, page, baseURL }) => {
  const visitor = await browser.newContext({ userAgent: 'e2e-admin-visitor' });
  const article = await visitor.newPage();
  await article.goto('/en/billing/refunds-and-cancellations');
  const widget = article.getByRole('region', { name: 'Did this solve your problem?' });
  await widget.getByRole('button', { name: 'No', exact: true }).click();
  await widget.getByRole('radio', { name: 'It’s out of date' }).check();
  const tag = [...String(Date.now())].map((digit) => "abcdefghij"[Number(digit)]).join("");
  const comment = `Refund button moved <script>window.__xss = 1</script> ${tag}`;
  await widget.getByRole('textbox', { name: 'Tell us more (optional)' }).fill(comment);
  await widget.getByRole('button', { name: 'Send' }).click();
  await expect(widget.getByText('Thanks for telling us. We read every answer.')).toBeVisible();
  await visitor.close();

  await signIn(page, '/admin/comments?state=new');
  await expect(page.getByRole('heading', { level: 1, name: 'Comments' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Comments\s*\d+ new/ })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: comment });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: comment })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await row.getByRole('checkbox').check();
  await page.getByLabel('Mark selected as').selectOption('done');
  await page.getByRole('textbox', { name: 'Note' }).fill('Renamed the button in the article');
  await page.getByRole('button', { name: 'Apply' }).last().click();
  await expect(page.getByRole('status')).toHaveText('1 comments updated.');
  await expect(page.getByRole('row').filter({ hasText: comment })).toHaveCount(0);

  await page.goto('/admin/comments?state=done');
  const done = page.getByRole('row').filter({ hasText: comment });
  await expect(done).toContainText('Done');
  await expect(done).toContainText('Renamed the button in the article');

  await page.goto('/admin');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Comments (CSV)' }).click();
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  expect(csv.startsWith('\uFEFFid,updated_at,article_id')).toBe(true);
  const line = csv.split('\r\n').find((text) => text.includes(comment));
  expect(line).toContain('refunds-and-cancellations');
  expect(line).toContain(',done,Renamed the button in the article,');

  const crossSite = await page.request.post('/admin/comments/moderate', { form: { ids: '1', state: 'new' }, headers: { Origin: 'https://evil.example' } });
  expect(crossSite.status()).toBe(403);
  expect(baseURL).toBeTruthy();
});

test('the dashboard follows the language switcher by keyboard, and signing out ends the session', async ({ page, baseURL }) => {
  await page.request.post('/admin/login', { form: { password: PASSWORD }, headers: { Origin: baseURL ?? '' }, maxRedirects: 0 });
  await page.goto('/admin/searches');
  await page.getByLabel('Dashboard language').selectOption('zh-Hans');
  await page.getByRole('button', { name: 'Change' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByLabel('面板语言').selectOption('en');
  await page.getByRole('button', { name: '切换' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Searches' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the dashboard' })).toBeVisible();
  expect((await page.request.get('/admin/export/comments.csv')).status()).toBe(401);
});

test('the link picker builds a short link to an FAQ entry in a chosen language or the customer’s', async ({ page, baseURL }) => {
  await page.request.post('/admin/login', { form: { password: PASSWORD }, headers: { Origin: baseURL ?? '' }, maxRedirects: 0 });
  await page.goto('/admin/links');
  const picker = page.getByRole('region', { name: 'Link picker' });
  await picker.getByRole('searchbox', { name: 'Find an article' }).fill('sign-in faq');
  await expect(picker.getByRole('combobox', { name: 'Article' })).toHaveValue('sign-in-faq');
  await picker.getByRole('combobox', { name: 'FAQ entry or heading' }).selectOption('faq-2fa');
  const link = picker.getByRole('textbox', { name: 'Short link' });
  await expect(link).toHaveValue(/\/a\/sign-in-faq#faq-2fa$/);
  await picker.getByRole('combobox', { name: 'Language' }).selectOption('zh-Hant');
  await expect(link).toHaveValue(/\/a\/sign-in-faq\?lang=zh-Hant#faq-2fa$/);
});

test('after five failed sign-ins, even the right password answers 429 with Retry-After', async ({ request }) => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const wrong = await request.post('/admin/login', { form: { password: `wrong-${attempt}` }, headers: LOCKOUT_CLIENT, maxRedirects: 0 });
    expect(wrong.status()).toBe(401);
  }
  const locked = await request.post('/admin/login', { form: { password: PASSWORD }, headers: LOCKOUT_CLIENT, maxRedirects: 0 });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(800);
  expect(locked.headers()['set-cookie']).toBeUndefined();
  expect(await locked.text()).toContain('Too many failed attempts');
});
