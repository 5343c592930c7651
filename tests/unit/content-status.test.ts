import { describe, expect, it } from 'vitest';
import { getContentStatus, type StatusArticle } from '@/lib/content/get-content-status';
import type { Locale } from '@/lib/i18n/locales';

const site: { locales: Locale[]; defaultLocale: Locale } = { locales: ['en', 'zh-Hant', 'zh-Hans'], defaultLocale: 'en' };

function article(id: string, locale: Locale, extra: Partial<StatusArticle> = {}): StatusArticle {
  return {
    id,
    locale,
    category: 'account',
    slug: id,
    path: `/${locale}/account/${id}`,
    sourcePath: `${locale}/account/${id}.mdx`,
    title: `${id} (${locale})`,
    updated: '2026-05-01',
    reviewDue: null,
    owner: 'support-team',
    ...extra,
  };
}

describe('translation and freshness status', () => {
  it('lists a translation that does not exist as missing', () => {
    const status = getContentStatus(site, [article('a', 'en'), article('a', 'zh-Hant')], '2026-06-01');
    expect(status.articles[0]?.locales.map((l) => [l.locale, l.state])).toEqual([
      ['en', 'current'],
      ['zh-Hant', 'current'],
      ['zh-Hans', 'missing'],
    ]);
    expect(status.totals.missing).toBe(1);
  });

  it('marks a translation older than the default-locale article as stale', () => {
    const status = getContentStatus(
      site,
      [article('a', 'en', { updated: '2026-05-10' }), article('a', 'zh-Hant', { updated: '2026-04-01' }), article('a', 'zh-Hans', { updated: '2026-05-10' })],
      '2026-06-01',
    );
    expect(status.articles[0]?.locales.find((l) => l.locale === 'zh-Hant')?.state).toBe('stale');
    expect(status.articles[0]?.locales.find((l) => l.locale === 'zh-Hans')?.state).toBe('current');
    expect(status.totals.stale).toBe(1);
  });

  it('keeps a translation marked as needing translation apart from a missing one', () => {
    const status = getContentStatus(site, [article('a', 'en'), article('a', 'zh-Hans', { needsTranslation: true })], '2026-06-01');
    expect(status.articles[0]?.locales.find((l) => l.locale === 'zh-Hans')?.state).toBe('untranslated');
    expect(status.totals).toMatchObject({ untranslated: 1, missing: 1 });
  });

  it('flags an article whose review date has passed, with its owner and source file', () => {
    const status = getContentStatus(site, [article('a', 'en', { reviewDue: '2026-05-31' }), article('b', 'en', { reviewDue: '2026-06-01' })], '2026-06-01');
    const [a, b] = status.articles;
    expect(a).toMatchObject({ id: 'a', overdue: true, owner: 'support-team', sourcePath: 'en/account/a.mdx' });
    expect(b?.overdue).toBe(false);
    expect(status.totals.overdue).toBe(1);
  });

  it('still lists an article that exists only in a translation', () => {
    const status = getContentStatus(site, [article('only-zh', 'zh-Hant')], '2026-06-01');
    expect(status.articles[0]).toMatchObject({ id: 'only-zh', title: 'only-zh (zh-Hant)', sourcePath: null });
    expect(status.articles[0]?.locales.find((l) => l.locale === 'en')?.state).toBe('missing');
  });
});
