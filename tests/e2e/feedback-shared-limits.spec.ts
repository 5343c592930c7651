import { createDatabase } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { createScratchPostgres, type ScratchPostgres } from '../../scripts/bench/feedback-postgres';
import { type NextServer, startNextServer } from '../../scripts/bench/feedback-server';
import { type HttpAnswer, postVote } from './http-client';
import { expect, test } from './fixtures';
import { OWN_SERVER_SECRET, ownServerPort } from './own-server';

/*
 * Two `next start` processes on one PostgreSQL database, facing clients directly: the
 * per-address limits and the daily cap are kept in the database, so flooding both servers
 * meets one combined limit.
 */
const adminUrl = process.env.TEST_DATABASE_URL?.trim();
const PER_MINUTE = 30;
const DAILY_CAP = 10;

test.skip(!adminUrl, 'TEST_DATABASE_URL is not set; set it to run the two-server test');

let scratch: ScratchPostgres;
let servers: NextServer[] = [];
let db: FeedbackDatabase;
test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(120_000);
  const base = new URL(adminUrl ?? '').pathname.slice(1) || 'test';
  const created = await createScratchPostgres(adminUrl ?? '', `${base}_two${process.pid}`.toLowerCase().replace(/[^a-z0-9_]/g, '_'));
  if ('unreachable' in created) throw new Error(created.unreachable);
  scratch = created;
  const env = { DATABASE_URL: scratch.url, FEEDBACK_SECRET: OWN_SERVER_SECRET, TRUST_PROXY_HOPS: '0', FEEDBACK_DAILY_VOTE_CAP: String(DAILY_CAP) };
  const first = await startNextServer({ port: await ownServerPort(testInfo, 0), env });
  const second = await startNextServer({ port: await ownServerPort(testInfo, 2), env });
  servers = [first, second];
  db = createDatabase({ url: scratch.url });
});
test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await db?.destroy();
  await scratch?.drop();
});

/** Sends `count` votes, 6 at a time, alternating between the two servers. */
async function flood(count: number, make: (i: number) => { body: unknown; headers: Record<string, string>; from: string }): Promise<HttpAnswer[]> {
  const answers: HttpAnswer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < count) {
        const i = next++;
        const { body, headers, from } = make(i);
        answers.push(await postVote(servers[i % 2]?.url ?? '', body, { headers, from }));
      }
    }),
  );
  return answers;
}

test('changes of mind flooding both servers from one address meet one combined per-minute limit', async () => {
  // The limit counts per clock minute: start well inside one, so the flood cannot straddle two.
  await expect.poll(() => Date.now() % 60_000 < 45_000, { timeout: 20_000, intervals: [500] }).toBe(true);
  const answers = await flood(PER_MINUTE + 20, (i) => ({
    body: { articleId: 'delete-account', locale: 'en', resolved: i % 2 === 0 },
    headers: { 'user-agent': 'two-server-mind-changer' },
    from: '127.0.0.21',
  }));
  const statuses = answers.map((answer) => answer.status).join(' ');
  const created = answers.filter((answer) => answer.status === 201);
  // On a loaded machine a change of mind may wait too long for the same row and answer 503;
  // it still counted against the limit. Beyond the 30 admitted, every request got 429.
  const admitted = answers.filter((answer) => answer.status === 201 || answer.status === 503);
  expect(admitted, statuses).toHaveLength(PER_MINUTE);
  expect(answers.filter((answer) => answer.status === 429), statuses).toHaveLength(20);
  expect(created.length, statuses).toBeGreaterThan(PER_MINUTE / 2);
  expect(new Set(created.map((answer) => answer.json<{ id: number }>().id)).size, 'one visitor, one row').toBe(1);
});

test('new visitors at one address, spread over both servers, meet one combined daily cap and are stored once each', async () => {
  const answers = await flood(DAILY_CAP + 15, (i) => ({
    body: { articleId: 'reset-password', locale: 'en', resolved: true },
    headers: { 'user-agent': `two-server-visitor/${i}` },
    from: '127.0.0.22',
  }));
  const ids = answers.filter((answer) => answer.status === 201).map((answer) => answer.json<{ id: number }>().id);
  const statuses = answers.map((answer) => answer.status).join(' ');
  // A vote that answered 503 (on a loaded machine, waiting too long for the address's counter)
  // was rolled back and did not count, so the cap is still reached exactly.
  const unavailable = answers.filter((answer) => answer.status === 503).length;
  expect(ids, statuses).toHaveLength(DAILY_CAP);
  expect(answers.filter((answer) => answer.status === 429), statuses).toHaveLength(15 - unavailable);
  const rows = await db.selectFrom('votes').select('id').where('article_id', '=', 'reset-password').execute();
  expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
});
