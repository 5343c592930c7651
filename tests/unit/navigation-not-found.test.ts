import { describe, expect, it } from 'vitest';
import { searchWordsFromPath } from '@/lib/navigation/search-words-from-path';

const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];

describe('the words a 404 page searches for', () => {
  it('come from the path without the locale, separators or file extension', () => {
    expect(searchWordsFromPath('/en/billing/refund-policy_old.html', LOCALES)).toBe('billing refund policy old');
  });

  it('keep Chinese words and drop repeats and punctuation', () => {
    expect(searchWordsFromPath(`/zh-Hant/${encodeURIComponent('重設密碼')}/${encodeURIComponent('重設密碼')}!`, LOCALES)).toBe('重設密碼');
  });

  it('survive a malformed escape and stop at eight words', () => {
    expect(searchWordsFromPath('/en/%E0%A4%A/a-b-c-d-e-f-g-h-i-j', LOCALES)).toBe('e0a4a a b c d e f g');
  });
});
