import { beforeEach, describe, expect, it } from 'vitest';
import { countQueuedComments, listQueuedComments, moderateComments, moderationRequestSchema } from '@/lib/admin/moderation';
import { recordVote } from '@/lib/feedback/record';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase } from './helpers/db';

const at = (hour: number) => new Date(Date.UTC(2026, 10, 23, hour));

describe.each(TEST_DATABASE_TARGETS)('the comment moderation queue on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  let ids: { script: number; older: number; zh: number };

  beforeEach(async ({ skip }) => {
    if (target.skipReason) skip(target.skipReason);
    await test.reset();
    const script = await recordVote(test.db, { articleId: 'reset-password', locale: 'en', resolved: false, reason: 'outdated', comment: '<script>alert(1)</script>', query: 'change password', source: 'search', anchor: 'faq-2fa' }, 'v1', at(10));
    const older = await recordVote(test.db, { articleId: 'billing', locale: 'en', resolved: false, reason: 'unclear', comment: 'Step two is confusing' }, 'v2', at(8));
    const zh = await recordVote(test.db, { articleId: 'reset-password', locale: 'zh-Hant', resolved: false, reason: 'wrong', comment: '看不懂' }, 'v3', at(9));
    // Not in the queue: a Yes with a comment, and a No without one.
    await recordVote(test.db, { articleId: 'billing', locale: 'en', resolved: true, comment: 'Great' }, 'v4', at(11));
    await recordVote(test.db, { articleId: 'billing', locale: 'en', resolved: false, reason: 'other' }, 'v5', at(11));
    ids = { script: script.id, older: older.id, zh: zh.id };
  });

  it('lists every comment left with a No, newest first, as new, with its context', async () => {
    const queue = await listQueuedComments(test.db);
    expect(queue.map((c) => c.id)).toEqual([ids.script, ids.zh, ids.older]);
    expect(queue[0]).toMatchObject({ articleId: 'reset-password', anchor: 'faq-2fa', reason: 'outdated', comment: '<script>alert(1)</script>', query: 'change password', source: 'search', state: 'new', note: null, moderatedAt: null });
    expect(await countQueuedComments(test.db, { state: 'new' })).toBe(3);
  });

  it('marks several comments done with a note, stores the time, and filters by state, reason, language and article', async () => {
    const updated = await moderateComments(test.db, { ids: [ids.script, ids.zh], state: 'done', note: 'Renamed the button' }, at(12));
    expect(updated).toBe(2);
    const done = await listQueuedComments(test.db, { state: 'done' });
    expect(done.map((c) => c.id)).toEqual([ids.script, ids.zh]);
    expect(done[0]).toMatchObject({ state: 'done', note: 'Renamed the button', moderatedAt: at(12) });
    expect(await countQueuedComments(test.db, { state: 'new' })).toBe(1);
    expect((await listQueuedComments(test.db, { reason: 'wrong' })).map((c) => c.id)).toEqual([ids.zh]);
    expect((await listQueuedComments(test.db, { locale: 'en', articleId: 'reset-password' })).map((c) => c.id)).toEqual([ids.script]);
  });

  it('dismisses and then puts a comment back to new', async () => {
    await moderateComments(test.db, { ids: [ids.older], state: 'dismissed', note: null }, at(12));
    expect((await listQueuedComments(test.db, { state: 'dismissed' })).map((c) => c.id)).toEqual([ids.older]);
    await moderateComments(test.db, { ids: [ids.older], state: 'new', note: null }, at(13));
    expect(await countQueuedComments(test.db, { state: 'dismissed' })).toBe(0);
    expect(await countQueuedComments(test.db, { state: 'new' })).toBe(3);
  });

  it('puts a moderated comment back in the queue when the visitor changes it', async () => {
    await moderateComments(test.db, { ids: [ids.script], state: 'done', note: null }, at(12));
    await recordVote(test.db, { articleId: 'reset-password', locale: 'en', resolved: false, reason: 'outdated', comment: 'Still wrong', anchor: 'faq-2fa' }, 'v1', at(14));
    const [first] = await listQueuedComments(test.db);
    expect(first).toMatchObject({ id: ids.script, comment: 'Still wrong', state: 'new' });
  });

  it('skips ids that are not comments left with a No', async () => {
    expect(await moderateComments(test.db, { ids: [999_999], state: 'done', note: null })).toBe(0);
  });
});

describe('a moderation request', () => {
  it('accepts the form values and refuses an unknown state or no selection', () => {
    expect(moderationRequestSchema.parse({ ids: ['3', '4'], state: 'done', note: '  ' })).toEqual({ ids: [3, 4], state: 'done', note: null });
    expect(moderationRequestSchema.safeParse({ ids: [], state: 'done' }).success).toBe(false);
    expect(moderationRequestSchema.safeParse({ ids: [1], state: 'spam' }).success).toBe(false);
  });
});
