import { hashVisitor, formatVisitorDay } from '@/lib/feedback/visitor';
import { postVote, send } from './http-client';
import { OWN_SERVER_SECRET, type OwnServer, startOwnSqliteServer } from './own-server';
import { expect, test } from './fixtures';

/*
 * The attacks of issue 11, each against a server of its own that faces clients directly
 * (TRUST_PROXY_HOPS=0), with a daily cap of 10 new votes per address so the cap is reached
 * quickly. Each client is a loopback address of its own (127.0.0.x), as the server sees it.
 */
const DAILY_CAP = 10;
const PER_MINUTE = 30;
const vote = { articleId: 'reset-password', locale: 'en', resolved: false, reason: 'unclear' };

test.describe.configure({ mode: 'serial' });

let own: OwnServer;
test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(90_000);
  own = await startOwnSqliteServer(testInfo, { TRUST_PROXY_HOPS: '0', FEEDBACK_DAILY_VOTE_CAP: String(DAILY_CAP) });
});
test.afterAll(async () => {
  await own?.close();
});

async function countVotes(): Promise<number> {
  const row = await own.db.selectFrom('votes').select(own.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

test('rotating the User-Agent from one address stores no more than the daily cap of new votes', async () => {
  const before = await countVotes();
  const answers = [];
  for (let i = 0; i < 25; i += 1) answers.push(await postVote(own.server.url, vote, { from: '127.0.0.2', headers: { 'user-agent': `rotating-agent/${i}` } }));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.slice(0, DAILY_CAP), statuses.join(' ')).toEqual(Array(DAILY_CAP).fill(201));
  expect(statuses.slice(DAILY_CAP).every((status) => status === 429), statuses.join(' ')).toBe(true);
  expect(Number(answers.at(-1)?.headers['retry-after'])).toBeGreaterThan(0);
  expect(await countVotes()).toBe(before + DAILY_CAP);
});

test('a client-sent X-Forwarded-For or X-Real-IP does not make the client someone else', async () => {
  const before = await countVotes();
  const statuses: number[] = [];
  for (let i = 0; i < 25; i += 1) {
    const spoofed = { 'user-agent': `spoofer/${i}`, 'x-forwarded-for': i % 2 ? `198.51.100.${i}` : '', 'x-real-ip': `203.0.113.${i}` };
    statuses.push((await postVote(own.server.url, vote, { from: '127.0.0.3', headers: spoofed })).status);
  }
  expect(statuses.filter((status) => status === 201), statuses.join(' ')).toHaveLength(DAILY_CAP);
  expect(await countVotes()).toBe(before + DAILY_CAP);
});

test("a forged X-Forwarded-For with the victim's address and browser cannot overwrite the victim's vote", async () => {
  const browser = 'Mozilla/5.0 (victim browser)';
  const victim = await postVote(own.server.url, { ...vote, articleId: 'data-export', comment: 'the victim said no' }, { from: '127.0.0.4', headers: { 'user-agent': browser } });
  expect(victim.status).toBe(201);
  const forged = await postVote(own.server.url, { articleId: 'data-export', locale: 'en', resolved: true }, { from: '127.0.0.5', headers: { 'user-agent': browser, 'x-forwarded-for': '192.0.2.1, 127.0.0.4' } });
  expect(forged.status).toBe(201);
  expect(forged.json()).toMatchObject({ updated: false });
  expect(forged.json().id).not.toBe(victim.json().id);
  const row = await own.db.selectFrom('votes').selectAll().where('id', '=', victim.json<{ id: number }>().id).executeTakeFirstOrThrow();
  expect(row).toMatchObject({ resolved: 0, comment: 'the victim said no', revision: 1 });
  expect(row.visitor).toBe(hashVisitor({ ip: '127.0.0.4', userAgent: browser, secret: OWN_SERVER_SECRET, day: formatVisitorDay(new Date()) }));
});

test('one address meets the per-minute limit however often it changes its mind', async () => {
  const started = Date.now();
  // Sent at once; the limit is 30 a minute, regained at one per 2 s.
  const answers = await Promise.all(
    Array.from({ length: PER_MINUTE + 10 }, (_, i) =>
      postVote(own.server.url, { articleId: 'delete-account', locale: 'en', resolved: i % 2 === 0 }, { from: '127.0.0.6', headers: { 'user-agent': `mind-changer/${i % 4}` } }),
    ),
  );
  const regained = Math.ceil((Date.now() - started) / 2_000);
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status !== 201 && status !== 429), statuses.join(' ')).toEqual([]);
  const created = statuses.filter((status) => status === 201).length;
  expect(created, statuses.join(' ')).toBeGreaterThanOrEqual(PER_MINUTE);
  expect(created, statuses.join(' ')).toBeLessThanOrEqual(PER_MINUTE + regained);
});

test('an Origin of another site is refused even when Host or X-Forwarded-Host name that site', async () => {
  const evil = 'http://evil.example';
  const byHost = await postVote(own.server.url, vote, { from: '127.0.0.7', headers: { origin: evil, host: 'evil.example' } });
  const byForwardedHost = await postVote(own.server.url, vote, { from: '127.0.0.7', headers: { origin: evil, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } });
  expect([byHost.status, byForwardedHost.status]).toEqual([403, 403]);
  expect(byHost.json()).toMatchObject({ fields: { origin: expect.stringContaining('evil.example') } });
});

test('malformed paths answer 400 or 404, never 500, and a __proto__ key is named in the 422', async () => {
  for (const path of ['/en/%', '/%', '/en/%zz/x', '/a/%', '/en/account/%E0%A4%A', '/en/%00', '/en/..%2f..%2fetc', `/en/${'x'.repeat(3000)}`]) {
    const answer = await send(`${own.server.url}${path}`, { from: '127.0.0.8' });
    expect([400, 404], `${path.slice(0, 40)} answered ${answer.status}`).toContain(answer.status);
  }
  const proto = await send(`${own.server.url}/api/feedback`, {
    from: '127.0.0.8',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"articleId":"reset-password","locale":"en","resolved":true,"__proto__":{"admin":true}}',
  });
  expect(proto.status).toBe(422);
  expect(Object.keys(proto.json<{ fields: object }>().fields)).toEqual(['__proto__']);
});

test('personal data typed in any of the forms that used to get through is scrubbed before it is stored', async () => {
  const comment = 'card 4111.1111.1111.1111 or 4111_1111_1111_1111, call 555.123.4567, mail ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ or john@localhost, from 203.0.113.7 and 2001:db8::1, HKID A123456(7), broken \uD800 half';
  const answer = await postVote(own.server.url, { ...vote, articleId: 'sign-in-faq', comment, query: 'ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ' }, { from: '127.0.0.9' });
  expect(answer.status).toBe(201);
  const row = await own.db.selectFrom('votes').select(['comment', 'query']).where('id', '=', answer.json<{ id: number }>().id).executeTakeFirstOrThrow();
  expect(row.comment).toBe('card [number] or [number], call [phone], mail [email] or [email], from [ip] and [ip], HKID [id], broken \uFFFD half');
  expect(row.query).toBe('[email]');
  const stacked = await postVote(own.server.url, { ...vote, comment: `a${'\u0301'.repeat(13)}`.repeat(1000) }, { from: '127.0.0.9' });
  expect(stacked.status).toBe(422);
});

test('every page and API answer carries the security headers, and framing is forbidden', async () => {
  for (const path of ['/en', '/en/account/reset-password', '/no-such-page', '/robots.txt']) {
    const answer = await send(`${own.server.url}${path}`, { from: '127.0.0.10' });
    const csp = String(answer.headers['content-security-policy']);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp, path).toContain(directive);
    expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
    expect(answer.headers['x-frame-options'], path).toBe('DENY');
    expect(answer.headers['referrer-policy'], path).toBeTruthy();
    expect(answer.headers['permissions-policy'], path).toBeTruthy();
  }
  const refused = await postVote(own.server.url, { nope: true }, { from: '127.0.0.10' });
  expect(refused.status).toBe(422);
  expect(refused.headers['x-content-type-options']).toBe('nosniff');
});

test('build files carry nosniff, the one security header that applies to a script or a stylesheet', async () => {
  const page = await send(`${own.server.url}/en`, { from: '127.0.0.10' });
  const files = [...page.body.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  const script = files.find((file) => file.endsWith('.js'));
  const stylesheet = files.find((file) => file.endsWith('.css'));
  expect(script).toBeDefined();
  expect(stylesheet).toBeDefined();
  for (const file of [script, stylesheet]) {
    const answer = await send(`${own.server.url}${file}`, { from: '127.0.0.10' });
    expect(answer.status, file).toBe(200);
    expect(answer.headers['x-content-type-options'], file).toBe('nosniff');
  }
});
