import { beforeEach, describe, expect, it } from 'vitest';
import { getHelpfulCount } from '@/lib/feedback/get-helpful-count';
import { recordVote } from '@/lib/feedback/record';
import type { Vote } from '@/lib/feedback/vote-schema';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase } from './helpers/db';

const NOW = new Date('2026-11-23T08:00:00.000Z');
const vote = (resolved: boolean, extra: Partial<Vote> = {}): Vote => ({ articleId: 'refunds', locale: 'en', resolved, ...extra });

describe.each(TEST_DATABASE_TARGETS)('helpful counts on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeEach(async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    await test.reset();
  });

  it('count whole-article votes of every language, not FAQ entries or other articles', async () => {
    await recordVote(test.db, vote(true), 'a', NOW);
    await recordVote(test.db, vote(true, { locale: 'zh-Hant' }), 'b', NOW);
    await recordVote(test.db, vote(false), 'c', NOW);
    await recordVote(test.db, vote(true, { anchor: 'faq-1' }), 'd', NOW);
    await recordVote(test.db, vote(true, { articleId: 'other' }), 'e', NOW);
    expect(await getHelpfulCount(test.db, 'refunds', Date.now() + Math.random())).toEqual({ helpful: 2, total: 3 });
  });

  it('answer a burst from one query that is remembered for a minute', async () => {
    const at = 1_000_000_000 + Math.floor(Math.random() * 1e6);
    const first = getHelpfulCount(test.db, 'burst', at);
    expect(getHelpfulCount(test.db, 'burst', at + 10)).toBe(first);
    expect(await first).toEqual({ helpful: 0, total: 0 });
    await recordVote(test.db, vote(true, { articleId: 'burst' }), 'a', NOW);
    expect(await getHelpfulCount(test.db, 'burst', at + 30_000)).toEqual({ helpful: 0, total: 0 });
    expect(await getHelpfulCount(test.db, 'burst', at + 61_000)).toEqual({ helpful: 1, total: 1 });
  });
});
