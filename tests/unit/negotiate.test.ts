import { describe, expect, it } from 'vitest';
import { negotiateLocale, parseAcceptLanguage } from '@/lib/i18n/negotiate';

const SITE = ['en', 'zh-Hant', 'zh-Hans'];

describe('choosing the visitor language', () => {
  it.each([
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN,zh;q=0.9', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,zh-TW;q=0.5', 'zh-Hant'],
    ['de, en;q=0.1', 'en'],
  ])('sends "%s" to %s', (header, expected) => {
    expect(negotiateLocale(header, SITE, 'en')).toBe(expected);
  });

  it('falls back to the default locale for missing, unknown or malformed headers', () => {
    expect(negotiateLocale(null, SITE, 'en')).toBe('en');
    expect(negotiateLocale('fr, de', SITE, 'zh-Hant')).toBe('zh-Hant');
    expect(negotiateLocale(';;;,q=,"<script>"', SITE, 'en')).toBe('en');
    expect(negotiateLocale('*', SITE, 'zh-Hans')).toBe('zh-Hans');
  });

  it('orders tags by quality and ignores q=0', () => {
    expect(parseAcceptLanguage('en;q=0.5, zh-TW, fr;q=0')).toEqual(['zh-TW', 'en']);
  });

  it('serves Chinese readers the other script rather than English when only one is offered', () => {
    expect(negotiateLocale('zh-TW', ['en', 'zh-Hans'], 'en')).toBe('zh-Hans');
  });
});
