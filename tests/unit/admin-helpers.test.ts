import { describe, expect, it } from 'vitest';
import { toArticleStub, toSynonymLine } from '@/lib/admin/content-gap-snippets';
import { streamCsv, toCsvCell, toCsvLine } from '@/lib/admin/csv';
import { parseReportPeriod, toPeriodQuery } from '@/lib/admin/report-period';
import { getTopReason, wilsonLowerBound } from '@/lib/feedback/report-helpers';

const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];
const NOW = new Date('2026-11-23T15:00:00Z');

describe('the report period', () => {
  it('defaults to the last 30 days including today, with the 30 days before as the previous period', () => {
    const period = parseReportPeriod({}, LOCALES, NOW);
    expect(period).toMatchObject({ key: '30d', from: '2026-10-25', to: '2026-11-23', locale: undefined });
    expect(period.until.toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(period.previousSince.toISOString()).toBe('2026-09-25T00:00:00.000Z');
    expect(period.days).toHaveLength(30);
  });

  it('takes 7d and 90d, a from–to range with both days included, and a known locale', () => {
    expect(parseReportPeriod({ period: '7d' }, LOCALES, NOW).days).toHaveLength(7);
    expect(parseReportPeriod({ period: '90d' }, LOCALES, NOW).days).toHaveLength(90);
    const custom = parseReportPeriod({ from: '2026-11-01', to: '2026-11-03', locale: 'zh-Hant' }, LOCALES, NOW);
    expect(custom).toMatchObject({ key: 'custom', from: '2026-11-01', to: '2026-11-03', locale: 'zh-Hant', days: ['2026-11-01', '2026-11-02', '2026-11-03'] });
    expect(toPeriodQuery(custom)).toBe('?from=2026-11-01&to=2026-11-03&locale=zh-Hant');
  });

  it('falls back to the defaults for bad values instead of failing the page', () => {
    const period = parseReportPeriod({ period: '1y', from: '2026-11-05', to: '2026-11-01', locale: 'fr' }, LOCALES, NOW);
    expect(period).toMatchObject({ key: '30d', locale: undefined });
  });
});

describe('ranking what fails', () => {
  it('does not let one No outrank a hundred votes at 60 %', () => {
    expect(wilsonLowerBound(1, 1)).toBeLessThan(wilsonLowerBound(40, 100));
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(50, 100)).toBeCloseTo(0.404, 2);
  });

  it('names the most given reason', () => {
    expect(getTopReason({ outdated: 1, unclear: 3, incomplete: 0, wrong: 3, other: 0 })).toBe('unclear');
    expect(getTopReason({ outdated: 0, unclear: 0, incomplete: 0, wrong: 0, other: 0 })).toBeNull();
  });
});

describe('CSV cells', () => {
  it('defuses spreadsheet formulas and quotes what needs it', () => {
    expect(toCsvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(toCsvCell('+1')).toBe("'+1");
    expect(toCsvCell('-2')).toBe("'-2");
    expect(toCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvCell(-2)).toBe('-2');
    expect(toCsvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(toCsvCell(null)).toBe('');
    expect(toCsvLine(['退款', 3])).toBe('退款,3\r\n');
  });

  it('streams a byte order mark, the header, then each page until an empty one', async () => {
    const pages = [[['a', 1]], [['b', 2]], []];
    const bytes = await new Response(streamCsv(['name', 'n'], async () => pages.shift() ?? [])).arrayBuffer();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFname,n\r\na,1\r\nb,2\r\n');
  });
});

describe('content-gap snippets', () => {
  it('offers a synonyms.yml line under the right key and a front-matter stub', () => {
    expect(toSynonymLine('en', 'reset 2fa')).toBe('  - [reset 2fa, WORD_THE_ARTICLES_USE]   # under en:');
    expect(toSynonymLine('zh-Hant', '重設密碼')).toContain('# under zh:');
    const stub = toArticleStub('en', 'reset 2fa');
    expect(stub).toContain('id: reset-2fa');
    expect(stub).toContain('keywords: [reset 2fa]');
    expect(toArticleStub('zh-Hans', '重置密码')).toContain('id: new-article');
  });
});
