import { describe, expect, it } from 'vitest';
import { parseVote } from '@/lib/feedback/vote-schema';

const VALID = {
  articleId: 'reset-password',
  locale: 'en',
  resolved: false,
  reason: 'outdated',
  comment: 'The button is now called Security.',
  query: 'change password',
  source: 'search',
  anchor: 'faq-2fa',
};

function fieldsOf(body: unknown): Record<string, string> {
  const result = parseVote(body);
  if (result.ok) throw new Error(`Expected ${JSON.stringify(body)} to be refused`);
  return result.fields;
}

function voteOf(body: unknown) {
  const result = parseVote(body);
  if (!result.ok) throw new Error(`Expected a vote, got ${JSON.stringify(result.fields)}`);
  return result.vote;
}

describe('parsing a feedback vote', () => {
  it('accepts the example body of the feedback API contract unchanged', () => {
    expect(voteOf(VALID)).toEqual(VALID);
  });

  it('accepts a bare Yes with only the three required fields', () => {
    expect(voteOf({ articleId: 'reset-password', locale: 'zh-Hant', resolved: true })).toEqual({
      articleId: 'reset-password',
      locale: 'zh-Hant',
      resolved: true,
    });
  });

  it('names every missing required field', () => {
    expect(fieldsOf({})).toEqual({
      articleId: 'articleId is required.',
      locale: 'locale is required.',
      resolved: 'resolved is required.',
    });
  });

  it('gives one human message for each wrong field', () => {
    const fields = fieldsOf({
      articleId: 42,
      locale: 'English!',
      resolved: 'yes',
      reason: 'boring',
      comment: ['not', 'text'],
      query: 7,
      source: 'email',
      anchor: 'two words',
    });
    expect(fields).toEqual({
      articleId: 'articleId must be a string.',
      locale: 'locale must be a language tag such as "en" or "zh-Hant".',
      resolved: 'resolved must be true or false.',
      reason: 'reason must be one of outdated, unclear, incomplete, wrong, other.',
      comment: 'comment must be a string.',
      query: 'query must be a string.',
      source: 'source must be one of search, support, related, direct.',
      anchor: 'anchor must be a heading or FAQ anchor such as "faq-2fa", without spaces.',
    });
  });

  it('refuses a body that is not a JSON object', () => {
    for (const body of [null, [], 'vote', 3, true]) {
      expect(fieldsOf(body)).toEqual({ body: 'The body must be a JSON object.' });
    }
  });

  it('refuses unknown fields by name', () => {
    expect(fieldsOf({ ...VALID, rating: 5, ip: '1.2.3.4' })).toEqual({
      rating: 'rating is not a known field; remove it.',
      ip: 'ip is not a known field; remove it.',
    });
  });

  it('refuses a filled-in honeypot and accepts an empty one', () => {
    expect(fieldsOf({ ...VALID, website: 'https://spam.example' })).toEqual({ website: 'website must be left empty.' });
    expect(voteOf({ ...VALID, website: '' })).toEqual(VALID);
  });

  it('refuses a reason on a Yes vote', () => {
    expect(fieldsOf({ ...VALID, resolved: true })).toEqual({ reason: 'reason is only given when resolved is false.' });
  });

  it('treats null and empty optional fields as not given', () => {
    const body = { ...VALID, reason: null, comment: '   ', query: null, source: null, anchor: '' };
    expect(voteOf(body)).toEqual({ articleId: 'reset-password', locale: 'en', resolved: false });
  });

  it('allows a comment of 1,000 characters and refuses 1,001, counting emoji as one character each', () => {
    expect(voteOf({ ...VALID, comment: '👩‍💻'.repeat(1000) }).comment).toHaveLength('👩‍💻'.length * 1000);
    expect(fieldsOf({ ...VALID, comment: 'é'.repeat(1001) })).toEqual({
      comment: 'comment must be at most 1,000 characters (it has 1,001).',
    });
  });

  it('refuses a query over 200 characters and an anchor over 100', () => {
    const fields = fieldsOf({ ...VALID, query: '密'.repeat(201), anchor: 'a'.repeat(101) });
    expect(fields).toEqual({
      query: 'query must be at most 200 characters (it has 201).',
      anchor: 'anchor must be at most 100 characters.',
    });
  });

  it('strips zero-width and bidi control characters but keeps right-to-left text and emoji sequences', () => {
    const comment = '\u200B\u202Eשלום\u202C עולם \u2066مرحبا\u2069 👨‍👩‍👧\uFEFF';
    expect(voteOf({ ...VALID, comment }).comment).toBe('שלום עולם مرحبا 👨‍👩‍👧');
  });

  it('treats a comment of only invisible characters as no comment', () => {
    expect(voteOf({ ...VALID, comment: '\u200B\u200D\u2060 \n' }).comment).toBeUndefined();
  });

  it('keeps comments that look like SQL or HTML literally', () => {
    const comment = `<script>alert('x')</script>\n'; DROP TABLE votes; --`;
    expect(voteOf({ ...VALID, comment }).comment).toBe(comment);
  });

  it('trims text, keeps line breaks in comments and puts a query on one line', () => {
    const vote = voteOf({ ...VALID, comment: '  line one\r\nline two  ', query: '  change\n  password ' });
    expect(vote.comment).toBe('line one\nline two');
    expect(vote.query).toBe('change password');
  });

  it('accepts anchors in any script, as headings in Chinese produce', () => {
    expect(voteOf({ ...VALID, locale: 'zh-Hans', anchor: '重置密码' }).anchor).toBe('重置密码');
    expect(voteOf({ ...VALID, anchor: '#faq-2fa' }).anchor).toBe('faq-2fa');
  });
});

describe('text that used to slip past the limits', () => {
  const base = { articleId: 'reset-password', locale: 'en', resolved: false };

  it('replaces a lone surrogate by U+FFFD, so both databases store the same valid text', () => {
    const parsed = parseVote({ ...base, comment: 'broken \uD800 half' });
    expect(parsed.ok && parsed.vote.comment).toBe('broken \uFFFD half');
  });

  it('refuses a comment of 1,000 characters stacked with combining marks', () => {
    const parsed = parseVote({ ...base, comment: `a${'\u0301'.repeat(13)}`.repeat(1000) });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.fields.comment).toMatch(/code points/);
  });

  it('names a __proto__ key as an unknown field', () => {
    const parsed = parseVote(JSON.parse('{"articleId":"reset-password","locale":"en","resolved":true,"__proto__":{"x":1}}'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && Object.keys(parsed.fields)).toEqual(['__proto__']);
    expect(!parsed.ok && JSON.stringify(parsed.fields)).toContain('__proto__');
  });

  it('names constructor and prototype keys as unknown fields', () => {
    const parsed = parseVote({ ...base, constructor: 'x', prototype: 'y' });
    expect(!parsed.ok && Object.keys(parsed.fields).sort()).toEqual(['constructor', 'prototype']);
  });
});
