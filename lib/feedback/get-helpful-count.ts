import type { FeedbackDatabase } from '../storage/database';
import { toCount } from './report-helpers';

/** Whole-article votes, all languages together: how many said it solved their problem, of how many. */
export interface HelpfulCount {
  helpful: number;
  total: number;
}

/** Fewer votes than this say little, so pages show no count until an article has them. */
export const MIN_VOTES_SHOWN = 5;

const MEMO_MS = 60_000;
const MEMO_MAX = 5_000;
const memos = new WeakMap<FeedbackDatabase, Map<string, { at: number; value: Promise<HelpfulCount> }>>();

async function countVotes(db: FeedbackDatabase, articleId: string): Promise<HelpfulCount> {
  const rows = await db
    .selectFrom('votes')
    .select('resolved')
    .select((eb) => eb.fn.countAll<string | number>().as('votes'))
    .where('article_id', '=', articleId)
    .where('anchor', '=', '')
    .groupBy('resolved')
    .execute();
  let helpful = 0;
  let total = 0;
  for (const row of rows) {
    const count = toCount(row.votes);
    total += count;
    if (Number(row.resolved) === 1) helpful += count;
  }
  return { helpful, total };
}

/**
 * The helpful count of an article, from one aggregate query over the votes index, remembered
 * for a minute per process: a burst of page views behind a cold cache costs one query per
 * article, not one per view (concurrent callers share the pending query).
 */
export function getHelpfulCount(db: FeedbackDatabase, articleId: string, now = Date.now()): Promise<HelpfulCount> {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(articleId);
  if (hit && now - hit.at < MEMO_MS) return hit.value;
  if (memo.size >= MEMO_MAX) memo.clear();
  const value = countVotes(db, articleId);
  memo.set(articleId, { at: now, value });
  value.catch(() => memo.delete(articleId));
  return value;
}
