import { describe, expect, it } from 'vitest';
import { parseSearchEvent } from '@/lib/feedback/search-event-schema';

const SEARCH_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('parsing a search event', () => {
  it('accepts a settled search and, later, the result the visitor opened', () => {
    const settled = { searchId: SEARCH_ID, locale: 'zh-Hans', query: '重置密码', resultCount: 0 };
    expect(parseSearchEvent(settled)).toEqual({ ok: true, event: settled });

    const opened = { ...settled, resultCount: 3, opened: { articleId: 'reset-password', anchor: 'faq-2fa' } };
    expect(parseSearchEvent(opened)).toEqual({ ok: true, event: opened });
  });

  it('names every missing field', () => {
    expect(parseSearchEvent({})).toEqual({
      ok: false,
      fields: {
        searchId: 'searchId is required.',
        locale: 'locale is required.',
        query: 'query is required.',
        resultCount: 'resultCount is required.',
      },
    });
  });

  it('refuses a short search id, an empty query, a negative or fractional count and unknown fields', () => {
    const result = parseSearchEvent({
      searchId: 'abc',
      locale: 'en',
      query: ' \u200B ',
      resultCount: 1.5,
      opened: { articleId: 'reset-password', title: 'x' },
      keystrokes: 12,
    });
    expect(result).toEqual({
      ok: false,
      fields: {
        searchId: 'searchId must be 8 to 64 letters, digits, "-" or "_", such as a UUID.',
        query: 'query must not be empty.',
        resultCount: 'resultCount must be a whole number.',
        'opened.title': 'opened.title is not a known field; remove it.',
        keystrokes: 'keystrokes is not a known field; remove it.',
      },
    });
    expect(parseSearchEvent({ searchId: SEARCH_ID, locale: 'en', query: 'x', resultCount: -1 })).toEqual({
      ok: false,
      fields: { resultCount: 'resultCount must not be negative.' },
    });
  });

  it('refuses a query over 200 characters', () => {
    const result = parseSearchEvent({ searchId: SEARCH_ID, locale: 'en', query: 'a'.repeat(201), resultCount: 0 });
    expect(result).toEqual({ ok: false, fields: { query: 'query must be at most 200 characters (it has 201).' } });
  });
});
