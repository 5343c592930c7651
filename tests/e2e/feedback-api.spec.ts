import type { APIRequestContext } from '@playwright/test';
import { countRows, openE2eDatabase } from './feedback-db';
import { expect, test } from './fixtures';

const valid = { articleId: 'reset-password', locale: 'en', resolved: false, reason: 'outdated', query: 'change password', source: 'search' };

/*
 * The suite's server trusts one proxy (TRUST_PROXY_HOPS=1 in playwright.config.ts): each test
 * acts as that proxy and names its own client address, so the per-address limits of one test
 * do not spill into another.
 */
async function post(request: APIRequestContext, body: unknown, options: { userAgent: string; address: string; headers?: Record<string, string>; raw?: string }) {
  return request.post('/api/feedback', {
    headers: { 'Content-Type': 'application/json', 'User-Agent': options.userAgent, 'X-Forwarded-For': options.address, ...options.headers },
    // A Buffer goes out byte for byte; Playwright would re-encode a string that is not valid JSON.
    data: Buffer.from(options.raw ?? JSON.stringify(body)),
  });
}

test('bad votes get their documented answer and change nothing in the database', async ({ request }) => {
  const db = await openE2eDatabase();
  try {
    const before = await countRows(db, 'reset-password');
    const ua = { userAgent: 'e2e-api-bad-input', address: '198.51.100.11' };
    const cases: Array<[string, Promise<Awaited<ReturnType<typeof post>>>, number, string[]]> = [
      ['malformed JSON', post(request, null, { ...ua, raw: '{"articleId": ' }), 400, ['body']],
      ['wrong types', post(request, { ...valid, resolved: 'yes', locale: 42 }, ua), 422, ['resolved', 'locale']],
      ['missing fields', post(request, { comment: 'hi' }, ua), 422, ['articleId', 'locale', 'resolved']],
      ['unknown field', post(request, { ...valid, ip: '1.2.3.4' }, ua), 422, ['ip']],
      ['prototype key', post(request, null, { ...ua, raw: JSON.stringify(valid).replace(/}$/, ',"__proto__":{"admin":true}}') }), 422, ['__proto__']],
      ['bad reason and source', post(request, { ...valid, reason: 'boring', source: 'tv' }, ua), 422, ['reason', 'source']],
      ['comment over 1,000 characters', post(request, { ...valid, comment: 'x'.repeat(1001) }, ua), 422, ['comment']],
      ['a 1 MB body', post(request, null, { ...ua, raw: JSON.stringify({ ...valid, comment: 'x'.repeat(1024 * 1024) }) }), 413, []],
      ['unknown article', post(request, { ...valid, articleId: 'no-such-article' }, ua), 404, ['articleId']],
      ['unknown locale', post(request, { ...valid, locale: 'fr' }, ua), 404, ['locale']],
      ['unknown anchor', post(request, { ...valid, anchor: 'faq-nope' }, ua), 422, ['anchor']],
      ['honeypot filled', post(request, { ...valid, website: 'http://spam.example' }, ua), 422, ['website']],
      ['wrong content type', request.post('/api/feedback', { headers: { 'Content-Type': 'text/plain', 'User-Agent': 'e2e-api-bad-input', 'X-Forwarded-For': ua.address }, data: JSON.stringify(valid) }), 415, []],
      ['cross-site origin', post(request, valid, { ...ua, headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } }), 403, []],
    ];
    for (const [name, pending, status, fields] of cases) {
      const response = await pending;
      expect(response.status(), name).toBe(status);
      const body = (await response.json()) as { error: string; fields: Record<string, string> };
      expect(typeof body.error, name).toBe('string');
      expect(JSON.stringify(body), name).not.toMatch(/at .*\.js|node_modules/);
      for (const field of fields) expect(Object.keys(body.fields), name).toContain(field);
    }
    expect(await countRows(db, 'reset-password')).toEqual(before);
  } finally {
    await db.destroy();
  }
});

test('emoji, right-to-left and zero-width text, SQL and HTML are stored literally (invisible controls removed)', async ({ request }) => {
  const comment = 'Doesn’t work 😡 مرحبا \u200Bhidden\u200B \'; DROP TABLE votes; -- <img src=x onerror=alert(1)>';
  const response = await post(request, { ...valid, articleId: 'enable-two-factor', comment }, { userAgent: 'e2e-api-literal', address: '198.51.100.12' });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: number };
  const db = await openE2eDatabase();
  try {
    const row = await db.selectFrom('votes').select(['comment']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.comment).toBe(comment.replace(/\u200B/g, ''));
  } finally {
    await db.destroy();
  }
});

test('a visitor changing their mind updates the vote instead of adding one', async ({ request }) => {
  const ua = { userAgent: 'e2e-api-change-mind', address: '198.51.100.13' };
  const first = await post(request, { ...valid, articleId: 'data-export' }, ua);
  const second = await post(request, { articleId: 'data-export', locale: 'en', resolved: true }, ua);
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  const [a, b] = [(await first.json()) as { id: number }, (await second.json()) as { id: number; updated: boolean }];
  expect(b).toEqual({ id: a.id, updated: true });
  const db = await openE2eDatabase();
  try {
    const rows = await db.selectFrom('votes').selectAll().where('article_id', '=', 'data-export').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ resolved: 1, reason: null });
  } finally {
    await db.destroy();
  }
});

test('a flood from one address is refused with 429 and Retry-After, whichever browser it claims', async ({ request }) => {
  const address = '198.51.100.14';
  const started = Date.now();
  // Sent at once, as a flood would be; the limit is 30 a minute, regained at one per 2 s.
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      post(request, i % 2 === 0 ? { ...valid, articleId: 'delete-account' } : { articleId: 'delete-account', locale: 'en', resolved: true }, { userAgent: `e2e-api-flood/${i % 3}`, address }),
    ),
  );
  const regained = Math.ceil((Date.now() - started) / 2_000);
  const statuses = responses.map((response) => response.status());
  expect(statuses.filter((s) => s !== 201 && s !== 429), statuses.join(' ')).toEqual([]);
  const created = statuses.filter((s) => s === 201).length;
  expect(created, statuses.join(' ')).toBeGreaterThanOrEqual(30);
  expect(created, statuses.join(' ')).toBeLessThanOrEqual(30 + regained);
  const refused = responses.find((response) => response.status() === 429);
  expect(Number(refused?.headers()['retry-after'])).toBeGreaterThan(0);
  const otherAddress = await post(request, { ...valid, articleId: 'delete-account' }, { userAgent: 'e2e-api-flood/0', address: '198.51.100.15' });
  expect(otherAddress.status()).toBe(201);
});

test('search events are stored and later marked with the opened result', async ({ request }) => {
  const headers = { 'Content-Type': 'application/json', 'User-Agent': 'e2e-search-events', 'X-Forwarded-For': '198.51.100.16' };
  const searchId = 'e2e-search-0001';
  const first = await request.post('/api/search-events', { headers, data: JSON.stringify({ searchId, locale: 'zh-Hans', query: '密码 13800138000', resultCount: 3 }) });
  expect(first.status()).toBe(201);
  const opened = await request.post('/api/search-events', { headers, data: JSON.stringify({ searchId, locale: 'zh-Hans', query: '密码 13800138000', resultCount: 3, opened: { articleId: 'reset-password' } }) });
  expect(opened.status()).toBe(201);
  const bad = await request.post('/api/search-events', { headers, data: JSON.stringify({ searchId, locale: 'xx', query: 'a', resultCount: 1 }) });
  expect(bad.status()).toBe(404);
  const db = await openE2eDatabase();
  try {
    const rows = await db.selectFrom('search_events').selectAll().where('search_id', '=', searchId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ query: '密码 [phone]', opened_article_id: 'reset-password', result_count: 3 });
  } finally {
    await db.destroy();
  }
});
