import { expect, test } from './fixtures';

test('after a No, "Still need help?" lists the language\'s channels and hands over query, article and tried', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'e2e-contact-channels' });
  const page = await context.newPage();
  await page.goto('/en/billing/plans-and-pricing');
  // The visit is remembered once the page has hydrated; wait for it before moving on.
  await page.waitForFunction(() => (sessionStorage.getItem('resolve:visited') ?? '').includes('plans-and-pricing'));
  await page.goto('/en/billing/refunds-and-cancellations?src=search&q=money%20back');
  const widget = page.getByRole('region', { name: 'Did this solve your problem?' });
  await widget.getByRole('button', { name: 'No', exact: true }).click();
  const channels = widget.getByRole('list', { name: 'Contact support' });
  const form = channels.getByRole('link', { name: 'Send us a message' });
  const href = new URL((await form.getAttribute('href')) ?? '');
  expect(href.origin + href.pathname).toBe('https://rosterly.example/support/contact');
  expect(href.searchParams.get('query')).toBe('money back');
  expect(href.searchParams.get('article')).toBe('refunds-and-cancellations');
  expect(href.searchParams.get('tried')).toBe('plans-and-pricing');
  await expect(channels.getByRole('link', { name: 'Chat with us' })).toHaveAttribute('href', /tried=plans-and-pricing/);
  await expect(channels.getByRole('link', { name: 'Email support@rosterly.example' })).toHaveAttribute('href', /^mailto:support@rosterly\.example\?body=.*tried%3A%20plans-and-pricing/);
  await expect(channels.getByRole('link', { name: 'Call +1 415 555 0134' })).toHaveAttribute('href', 'tel:+14155550134');
  await expect(channels.getByText('Monday to Friday, 9 am to 6 pm Pacific')).toBeVisible();
  await context.close();
});

test('each language lists its own channels', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'e2e-contact-channels-zh' });
  const page = await context.newPage();
  await page.goto('/zh-Hant/billing/update-payment-method');
  const widget = page.getByRole('region', { name: '這篇文章有解決你的問題嗎？' });
  await widget.getByRole('button', { name: '沒有', exact: true }).click();
  const channels = widget.getByRole('list', { name: '聯絡客服' });
  await expect(channels.getByRole('link')).toHaveCount(3);
  await expect(channels.getByRole('link', { name: '傳送訊息給我們' })).toHaveAttribute('href', /^https:\/\/rosterly\.example\/zh-hant\/support\/contact\?article=update-payment-method/);
  await expect(channels.getByRole('link', { name: '寄信至 support-tw@rosterly.example' })).toBeVisible();
  await context.close();
});
