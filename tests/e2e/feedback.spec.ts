import { getArticleResolution, getRecentComments, getResolutionBySource } from '@/lib/feedback/reports';
import { openE2eDatabase } from './feedback-db';
import { expect, test } from './fixtures';

test('a visitor from search votes No with a reason, reaches a human with context, and the dashboard functions see it', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'e2e-browser-vote-no' });
  const page = await context.newPage();
  await page.goto('/zh-Hant/billing/refunds-and-cancellations?src=search&q=%E9%80%80%E6%AC%BE');
  await expect(page).toHaveURL(/\/zh-Hant\/billing\/refunds-and-cancellations$/);
  const widget = page.getByRole('region', { name: '這篇文章有解決你的問題嗎？' });
  await widget.getByRole('button', { name: '沒有', exact: true }).click();
  await expect(widget.getByText('很抱歉。哪裡有問題呢？')).toBeFocused();
  await widget.getByRole('radio', { name: '內容已過時' }).check();
  const comment = '按鈕已改名 <script>alert(1)</script>; DROP TABLE votes; --';
  await widget.getByRole('textbox', { name: '補充說明（選填）' }).fill(comment);
  await widget.getByRole('button', { name: '送出' }).click();
  await expect(widget.getByText('感謝你的回饋，我們會仔細閱讀每一則意見。')).toBeVisible();
  const contact = widget.getByRole('list', { name: '聯絡客服' }).getByRole('link', { name: '傳送訊息給我們' });
  await expect(contact).toHaveAttribute('href', /query=%E9%80%80%E6%AC%BE/);
  await expect(contact).toHaveAttribute('href', /article=refunds-and-cancellations/);

  const db = await openE2eDatabase();
  try {
    const resolution = (await getArticleResolution(db, { locale: 'zh-Hant' })).find((r) => r.articleId === 'refunds-and-cancellations');
    expect(resolution).toMatchObject({ no: 1, yes: 0 });
    expect(resolution?.reasons).toMatchObject({ outdated: 1 });
    const comments = await getRecentComments(db, { locale: 'zh-Hant' });
    expect(comments).toContainEqual(expect.objectContaining({ articleId: 'refunds-and-cancellations', comment, reason: 'outdated', query: '退款', source: 'search', resolved: false }));
    expect((await getResolutionBySource(db)).find((s) => s.source === 'search')?.no).toBeGreaterThanOrEqual(1);
  } finally {
    await db.destroy();
  }

  await page.reload();
  await expect(widget.getByText('你表示這篇文章沒有解決你的問題。')).toBeVisible();
  await widget.getByRole('button', { name: '修改回答' }).click();
  await widget.getByRole('button', { name: '有', exact: true }).click();
  await expect(widget.getByText('謝謝！很高興能幫上忙。')).toBeVisible();
  const db2 = await openE2eDatabase();
  try {
    const after = (await getArticleResolution(db2, { locale: 'zh-Hant' })).find((r) => r.articleId === 'refunds-and-cancellations');
    expect(after).toMatchObject({ yes: 1, no: 0 });
  } finally {
    await db2.destroy();
  }
  await context.close();
});

test('each FAQ entry takes its own vote, by keyboard, in every language', async ({ browser }) => {
  const cases = [
    ['en', '/en/account/sign-in-faq#faq-2fa', 'Did this answer help?', 'Yes', 'Thanks! We’re glad it helped.'],
    ['zh-Hans', '/zh-Hans/account/sign-in-faq#faq-2fa', '这个回答有帮助吗？', '是', '谢谢！很高兴能帮到你。'],
  ] as const;
  for (const [locale, path, question, yes, thanks] of cases) {
    const context = await browser.newContext({ userAgent: `e2e-faq-${locale}` });
    const page = await context.newPage();
    await page.goto(path);
    const entry = page.locator('details#faq-2fa');
    const widget = entry.getByRole('region', { name: question });
    await widget.getByRole('button', { name: yes, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(widget.getByText(thanks)).toBeVisible();
    const db = await openE2eDatabase();
    try {
      const resolution = (await getArticleResolution(db, { locale })).find((r) => r.articleId === 'sign-in-faq');
      expect(resolution?.byAnchor['faq-2fa']).toMatchObject({ yes: 1 });
    } finally {
      await db.destroy();
    }
    await context.close();
  }
});

test('a support short link is counted as the support source', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: 'e2e-support-link', locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN' } });
  const page = await context.newPage();
  await page.goto('/a/enable-two-factor');
  await expect(page).toHaveURL(/\/zh-Hans\/account\/enable-two-factor$/);
  await page.getByRole('region', { name: '这篇文章解决了你的问题吗？' }).getByRole('button', { name: '是', exact: true }).click();
  await expect(page.getByText('谢谢！很高兴能帮到你。')).toBeVisible();
  const db = await openE2eDatabase();
  try {
    const row = await db.selectFrom('votes').selectAll().where('article_id', '=', 'enable-two-factor').where('locale', '=', 'zh-Hans').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'support', resolved: 1 });
  } finally {
    await db.destroy();
  }
  await context.close();
});
