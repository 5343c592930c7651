import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '@/lib/content/content-error';
import { formatContentStatus } from '@/lib/content/format-content-status';
import { getContentStatus } from '@/lib/content/get-content-status';
import { loadContent } from '@/lib/content/load-content';
import { planNewArticle } from '@/lib/content/new-article';
import { readStatusArticles } from '@/lib/content/read-status-articles';
import { article, makeContentDir } from './helpers/content-fixture';

function writePlan(dir: string, name: string) {
  const plan = planNewArticle(dir, name, '2026-04-02');
  for (const file of plan) {
    if (file.text === null) continue;
    mkdirSync(path.dirname(path.join(dir, file.file)), { recursive: true });
    writeFileSync(path.join(dir, file.file), file.text);
  }
  return plan;
}

describe('starting an article with content:new', () => {
  it('creates it in every locale whose category exists, with valid front matter and today\'s date', () => {
    const dir = makeContentDir();
    const plan = writePlan(dir, 'general/export-shifts');
    expect(plan.map((p) => [p.file, p.text === null])).toEqual([
      ['en/general/export-shifts.mdx', false],
      ['zh-Hant/general/export-shifts.mdx', false],
    ]);
    const en = readFileSync(path.join(dir, 'en/general/export-shifts.mdx'), 'utf8');
    expect(en).toContain('id: export-shifts\n');
    expect(en).toContain('updated: 2026-04-02\n');
    expect(en).not.toContain('needsTranslation');
    expect(readFileSync(path.join(dir, 'zh-Hant/general/export-shifts.mdx'), 'utf8')).toContain('needsTranslation: true');
  });

  it('passes the checker and leaves the untranslated copy out of the public build', () => {
    const dir = makeContentDir();
    writePlan(dir, 'general/export-shifts');
    const paths = loadContent(dir).articles.map((a) => a.path);
    expect(paths).toContain('/en/general/export-shifts');
    expect(paths).not.toContain('/zh-Hant/general/export-shifts');
  });

  it('skips a locale where the category has no translation yet, saying why', () => {
    const plan = planNewArticle(makeContentDir(), 'billing/refunds', '2026-04-02');
    expect(plan.find((p) => p.locale === 'zh-Hant')).toMatchObject({ text: null, skipped: expect.stringContaining('zh-Hant/billing/_category.yml') });
  });

  it('refuses an unknown category, an id in use and a name that is not <category>/<slug>', () => {
    const dir = makeContentDir();
    expect(() => planNewArticle(dir, 'nope/x', '2026-04-02')).toThrow(/category "nope" does not exist in en; use one of billing, general/);
    expect(() => planNewArticle(dir, 'billing/pay', '2026-04-02')).toThrow(/the id "pay" already exists: en\/billing\/pay\.mdx/);
    expect(() => planNewArticle(dir, 'Pay', '2026-04-02')).toThrow(ContentValidationError);
  });
});

describe('content:status on a content folder', () => {
  it('lists an untranslated copy apart from a missing translation, and a stale one by its date', () => {
    const dir = makeContentDir({
      'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.\nupdated: 2026-03-01'),
      'en/general/hello.mdx': article('id: hello\ntitle: Hello\ndescription: D.\nupdated: 2026-03-01\nowner: docs'),
      'zh-Hant/general/hello.mdx': article('id: hello\ntitle: 你好\ndescription: 說明。\nupdated: 2026-02-01'),
    });
    writePlan(dir, 'general/export-shifts');
    const { site, articles } = readStatusArticles(dir);
    const status = getContentStatus(site, articles, '2026-04-02');
    const stateOf = (id: string) => status.articles.find((a) => a.id === id)?.locales.map((l) => l.state);
    expect(stateOf('export-shifts')).toEqual(['current', 'untranslated']);
    expect(stateOf('hello')).toEqual(['current', 'stale']);
    expect(stateOf('pay')).toEqual(['current', 'missing']);
    expect(status.articles.some((a) => a.id === 'secret')).toBe(false);
    const text = formatContentStatus(status, { contentDir: 'content', annotations: true });
    expect(text).toMatch(/general\/hello\s+en ok\s+zh-Hant STALE\s+owner: docs/);
    expect(text).toContain('::warning file=content/zh-Hant/general/hello.mdx::"Hello": zh-Hant older than en (2026-02-01 < 2026-03-01)');
    expect(text).toContain('::warning file=content/en/billing/pay.mdx::"Pay": zh-Hant has no translation');
  });
});
