/*
 * Writes a synthetic help center for benchmarks: realistic article lengths, headings, steps,
 * callouts and FAQ entries, English in `en` and mixed Chinese with English product terms in
 * `zh-Hant` / `zh-Hans`. Deterministic for a given size.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom } from './random';

const EN_WORDS = 'schedule shift team member manager account password billing invoice refund plan workspace calendar notification export payroll location clock timesheet availability request approve publish mobile app sync settings security permission admin owner staff email phone device browser integration token report week month holiday overtime break template role invite reset update change cancel subscription payment card'.split(' ');
const EN_GLUE = 'the a to your and of in on for with when if you can then this that it is be from after before your'.split(' ');
const ZH_HANT = '班表 員工 主管 帳號 密碼 帳單 發票 退款 方案 工作區 行事曆 通知 匯出 薪資 定位 打卡 工時 可用時間 申請 核准 發布 手機 應用程式 同步 設定 安全性 權限 管理員 電子郵件 裝置 瀏覽器 整合 報表 假日 加班 休息 範本 角色 邀請 重設 更新 變更 取消 訂閱 付款'.split(' ');
const ZH_HANS = '排班表 员工 主管 账号 密码 账单 发票 退款 套餐 工作区 日历 通知 导出 薪资 定位 打卡 工时 可用时间 申请 批准 发布 手机 应用 同步 设置 安全性 权限 管理员 电子邮件 设备 浏览器 集成 报表 假日 加班 休息 模板 角色 邀请 重置 更新 更改 取消 订阅 付款'.split(' ');
const ZH_GLUE = ['的', '在', '後', '時', '可以', '請', '如果', '然後', '並', '會'];

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number, locale: string): string {
  const length = 8 + Math.floor(rand() * 12);
  if (locale === 'en') {
    const words = Array.from({ length }, () => (rand() < 0.45 ? pick(rand, EN_GLUE) : pick(rand, EN_WORDS)));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }
  const vocab = locale === 'zh-Hant' ? ZH_HANT : ZH_HANS;
  const parts = Array.from({ length: Math.ceil(length / 2) }, () => (rand() < 0.1 ? ` ${pick(rand, EN_WORDS)} ` : pick(rand, vocab) + pick(rand, ZH_GLUE)));
  return `${parts.join('')}。`;
}

function paragraph(rand: () => number, locale: string): string {
  return Array.from({ length: 2 + Math.floor(rand() * 4) }, () => sentence(rand, locale)).join(locale === 'en' ? ' ' : '');
}

function body(rand: () => number, locale: string, index: number): string {
  const out: string[] = [paragraph(rand, locale)];
  const sections = 3 + Math.floor(rand() * 4);
  for (let s = 0; s < sections; s += 1) {
    out.push(`## ${sentence(rand, locale).slice(0, 40).replace(/[.。]$/, '')} ${s + 1}`);
    out.push(paragraph(rand, locale));
    if (rand() < 0.5) out.push(`<Steps>\n\n${Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `${i + 1}. ${sentence(rand, locale)}`).join('\n')}\n\n</Steps>`);
    if (rand() < 0.3) out.push(`<Callout type="tip" title="${sentence(rand, locale).slice(0, 20).replace(/"/g, '')}">\n${sentence(rand, locale)}\n</Callout>`);
    if (rand() < 0.4) out.push(`### ${pick(rand, locale === 'en' ? EN_WORDS : locale === 'zh-Hant' ? ZH_HANT : ZH_HANS)} ${s + 1}.1`);
    out.push(paragraph(rand, locale));
  }
  if (index % 10 === 0) {
    const questions = Array.from({ length: 6 }, (_, q) => `<Question id="faq-q${q + 1}" title="${sentence(rand, locale).slice(0, 50).replace(/"/g, '')}?">\n\n${paragraph(rand, locale)}\n\n</Question>`);
    out.push(`<Faq>\n${questions.join('\n')}\n</Faq>`);
  }
  return out.join('\n\n') + '\n';
}

/**
 * Writes `total` articles spread evenly over `locales` (every locale has the same ids) in
 * `categories` categories, plus site.yml.
 */
export function writeSyntheticCorpus(dir: string, total: number, locales = ['en', 'zh-Hant', 'zh-Hans'], categories = 12): void {
  const perLocale = Math.ceil(total / locales.length);
  writeFileSync(path.join(dir, 'site.yml'), `name: Bench Help\nlocales: [${locales.join(', ')}]\ndefaultLocale: ${locales[0]}\ncontactUrl: https://example.com/contact\n`);
  for (const locale of locales) {
    for (let c = 0; c < categories; c += 1) {
      mkdirSync(path.join(dir, locale, `category-${c}`), { recursive: true });
      writeFileSync(path.join(dir, locale, `category-${c}`, '_category.yml'), `title: Category ${c}\ndescription: Synthetic category ${c}.\norder: ${c}\n`);
    }
    for (let i = 0; i < perLocale; i += 1) {
      const rand = createRandom(i * 7919 + locale.length);
      const category = `category-${i % categories}`;
      const title = sentence(rand, locale).slice(0, 60).replace(/[.。]$/, '').replace(/[:"#]/g, '');
      const fm = [
        '---',
        `id: article-${i}`,
        `title: "${title} ${i}"`,
        `description: "${sentence(rand, locale).replace(/"/g, '')}"`,
        `keywords: [${pick(rand, EN_WORDS)}, ${pick(rand, EN_WORDS)}]`,
        i % 50 === 0 ? 'featured: true' : '',
        '---',
      ].filter(Boolean);
      writeFileSync(path.join(dir, locale, category, `article-${i}.mdx`), `${fm.join('\n')}\n\n${body(rand, locale, i)}`);
    }
  }
}
