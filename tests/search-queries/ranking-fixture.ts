import { analyzeMdx } from '../../lib/mdx/analyze-mdx';
import type { ArticleInput } from '../../lib/search/extract-records';

type Draft = Pick<ArticleInput, 'id' | 'title'> & Partial<ArticleInput> & { body: string };

function article(locale: string, category: string, { body, ...draft }: Draft): ArticleInput {
  return {
    sections: analyzeMdx(body).sections,
    locale,
    category,
    categoryTitle: category,
    url: `/${locale}/${category}/${draft.id}`,
    description: '',
    keywords: [],
    tags: [],
    ...draft,
  };
}

/** A few small articles per locale that isolate one ranking behaviour each. */
export const RANKING_FIXTURE: ArticleInput[] = [
  article('en', 'billing', {
    id: 'refunds',
    title: 'Refunds and cancellations',
    keywords: ['refund', 'chargeback'],
    body: '## Refund policy\n\nYearly plans are refundable within 30 days. Monthly charges are not refunded.\n\n## Cancel your subscription\n\n<Steps>\n\n1. Open **Settings**.\n2. Select **Cancel plan**.\n\n</Steps>\n',
  }),
  article('en', 'billing', {
    id: 'billing-faq',
    title: 'Billing FAQ',
    body: 'Quick answers.\n\n<Faq>\n\n<Question id="faq-invoices" title="Where can I download my invoices?">\n\nOpen **Settings** and then **Billing**.\n\n</Question>\n\n<Question id="faq-currency" title="Which currencies can I pay in?">\n\nUS dollars and euros.\n\n</Question>\n\n</Faq>\n',
  }),
  article('en', 'account', {
    id: 'reset-password',
    title: 'Reset your password',
    keywords: ['forgot password'],
    body: '## Reset it from the sign-in page\n\nSelect **Forgot password?** and follow the link in the email.\n\n## If the email does not arrive\n\nCheck your spam folder.\n',
  }),
  article('en', 'account', {
    id: 'security-settings',
    title: 'Workspace security settings',
    body: 'Owners set password rules: password length, password expiry and password reuse. A password policy applies to everyone.\n',
  }),
  article('en', 'troubleshooting', {
    id: 'notifications',
    title: 'Notifications not arriving',
    body: '## Push notifications on iPhone\n\nAllow notifications for Rosterly in the iPhone Settings app.\n',
  }),
  article('en', 'integrations', {
    id: 'calendar-export',
    title: 'Export your schedule to a calendar',
    body: 'Subscribe to a feed link to see shifts in any calendar app.\n',
  }),
  article('en', 'getting-started', {
    id: 'schedule-basics',
    title: 'Schedule basics',
    body: 'The schedule shows the schedule of the week. Each schedule has shifts; publish the schedule when the schedule is ready.\n',
  }),
  article('zh-Hant', 'account', {
    id: 'reset-password',
    title: '重設密碼',
    body: '## 從登入頁面重設密碼\n\n選擇**忘記密碼**，再依照郵件中的連結操作。\n',
  }),
  article('zh-Hant', 'account', {
    id: 'account-security',
    title: '保護你的帳戶',
    body: '在帳戶頁面開啟兩步驟驗證。\n',
  }),
  article('zh-Hant', 'integrations', {
    id: 'calendar-sync',
    title: '將班表同步到 iPhone 行事曆',
    body: '訂閱連結後，班次會出現在 iPhone 的行事曆裡。\n',
  }),
  article('zh-Hant', 'troubleshooting', {
    id: 'notification-settings',
    title: '調整通知',
    body: '## 推播通知\n\n到「設定」開啟推播通知。\n',
  }),
  article('zh-Hans', 'account', {
    id: 'reset-password',
    title: '重置密码',
    body: '在登录页面选择**忘记密码**，然后按照邮件中的链接操作。\n',
  }),
];

/** Synonyms for the fixture, in the shape of `content/synonyms.yml`. */
export const RANKING_SYNONYMS = {
  en: [['refund', 'money back', 'reimburse']],
  zh: [['设置', '设定'], ['日历', '行事历']],
};
