import { beforeEach, describe, expect, it } from 'vitest';
import { recordSearchEvent, recordVote } from '@/lib/feedback/record';
import type { Vote } from '@/lib/feedback/vote-schema';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase } from './helpers/db';

const NOW = new Date('2026-11-23T08:00:00.000Z');
const LATER = new Date('2026-11-23T08:05:00.000Z');
const VOTE: Vote = {
  articleId: 'reset-password',
  locale: 'en',
  resolved: true,
  query: 'Change Password',
  source: 'search',
};

describe.each(TEST_DATABASE_TARGETS)('recording feedback on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeEach(async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    await test.reset();
  });

  it('updates a visitor’s vote when they change their mind instead of counting it twice', async () => {
    const first = await recordVote(test.db, VOTE, 'visitor-a', NOW);
    const changed: Vote = { ...VOTE, resolved: false, reason: 'outdated', query: undefined };
    const second = await recordVote(test.db, changed, 'visitor-a', LATER);

    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await test.db.selectFrom('votes').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      resolved: 0,
      reason: 'outdated',
      query: 'change password',
      source: 'search',
      created_at: NOW.toISOString(),
      updated_at: LATER.toISOString(),
      revision: 2,
    });
  });

  it('counts a vote on an FAQ entry, another visitor and the next day separately', async () => {
    await recordVote(test.db, VOTE, 'visitor-a', NOW);
    await recordVote(test.db, { ...VOTE, anchor: 'faq-2fa' }, 'visitor-a', NOW);
    await recordVote(test.db, VOTE, 'visitor-b', NOW);
    await recordVote(test.db, VOTE, 'visitor-a', new Date('2026-11-24T08:00:00.000Z'));

    const rows = await test.db.selectFrom('votes').select(['anchor', 'visitor', 'day']).orderBy('id').execute();
    expect(rows).toEqual([
      { anchor: '', visitor: 'visitor-a', day: '2026-11-23' },
      { anchor: 'faq-2fa', visitor: 'visitor-a', day: '2026-11-23' },
      { anchor: '', visitor: 'visitor-b', day: '2026-11-23' },
      { anchor: '', visitor: 'visitor-a', day: '2026-11-24' },
    ]);
  });

  it('stores a comment that looks like SQL or HTML literally, and the table survives', async () => {
    const comment = `Robert'); DROP TABLE votes;-- <script>alert("x")</script> ' OR 1=1 --`;
    await recordVote(test.db, { ...VOTE, resolved: false, comment }, 'visitor-a', NOW);

    const row = await test.db.selectFrom('votes').select('comment').executeTakeFirstOrThrow();
    expect(row.comment).toBe(comment);
  });

  it('keeps emoji, right-to-left and Chinese text intact', async () => {
    const comment = 'שלום 👩‍💻 مرحبا 密碼重設後無法登入';
    await recordVote(test.db, { ...VOTE, resolved: false, comment, locale: 'zh-Hant', anchor: '重設密碼' }, 'v', NOW);

    const row = await test.db.selectFrom('votes').select(['comment', 'anchor']).executeTakeFirstOrThrow();
    expect(row).toEqual({ comment, anchor: '重設密碼' });
  });

  it('scrubs emails, phone numbers and card numbers from comments and queries before storing', async () => {
    const comment = 'Mail me: a@b.io or +86 138 1234 5678, card 4111 1111 1111 1111';
    await recordVote(test.db, { ...VOTE, resolved: false, comment, query: 'refund 4111-1111-1111-1111' }, 'v', NOW);
    const search = { searchId: 'search-0001', locale: 'en', query: 'me@example.com', resultCount: 0 };
    await recordSearchEvent(test.db, search, 'v', NOW);

    const storedVote = await test.db.selectFrom('votes').select(['comment', 'query']).executeTakeFirstOrThrow();
    const storedSearch = await test.db.selectFrom('search_events').select('query').executeTakeFirstOrThrow();
    expect(storedVote).toEqual({ comment: 'Mail me: [email] or [phone], card [number]', query: 'refund [number]' });
    expect(storedSearch.query).toBe('[email]');
  });

  it('stores 200 votes sent at the same moment exactly once each', async () => {
    const visitors = Array.from({ length: 200 }, (_, index) => `visitor-${index}`);
    const results = await Promise.all(visitors.map((visitor) => recordVote(test.db, VOTE, visitor, NOW)));

    expect(results.every((result) => result.created)).toBe(true);
    expect(new Set(results.map((result) => result.id)).size).toBe(200);
    const count = await test.db.selectFrom('votes').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(200);
  });

  it('keeps one row per visitor when the same votes race on two connections', async () => {
    const other = test.connectAgain();
    const writes = Array.from({ length: 100 }, (_, index) => {
      const db = index % 2 === 0 ? test.db : other;
      return recordVote(db, { ...VOTE, resolved: index % 4 < 2 }, `visitor-${index % 25}`, NOW);
    });
    const results = await Promise.all(writes);

    expect(results.filter((result) => result.created)).toHaveLength(25);
    const rows = await test.db.selectFrom('votes').select(['visitor', 'revision']).execute();
    expect(rows).toHaveLength(25);
    expect(rows.reduce((sum, row) => sum + Number(row.revision), 0)).toBe(100);
  });

  it('updates a search event with the opened result and lets no other visitor change it', async () => {
    const event = { searchId: 'search-0001', locale: 'en', query: 'Two  Factor', resultCount: 3 };
    const created = await recordSearchEvent(test.db, event, 'visitor-a', NOW);
    const openedEvent = { ...event, opened: { articleId: 'setup-2fa', anchor: 'faq-backup' } };
    const opened = await recordSearchEvent(test.db, openedEvent, 'visitor-a', LATER);
    const hijackEvent = { ...event, resultCount: 0, opened: { articleId: 'spam' } };
    const hijack = await recordSearchEvent(test.db, hijackEvent, 'visitor-b', LATER);
    const repeated = await recordSearchEvent(test.db, event, 'visitor-a', LATER);

    expect(created?.created).toBe(true);
    expect(opened).toEqual({ id: created?.id, created: false });
    expect(hijack).toBeNull();
    expect(repeated?.created).toBe(false);
    const rows = await test.db.selectFrom('search_events').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      query: 'two factor',
      result_count: 3,
      opened_article_id: 'setup-2fa',
      opened_anchor: 'faq-backup',
      visitor: 'visitor-a',
      created_at: NOW.toISOString(),
    });
  });
});
