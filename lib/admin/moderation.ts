import { type ExpressionBuilder, sql } from 'kysely';
import { z } from 'zod';
import { filterVotes, type ReportOptions, toCount } from '@/lib/feedback/report-helpers';
import { type RecentComment, toCommentFields } from '@/lib/feedback/reports';
import { VOTE_REASONS, type VoteReason } from '@/lib/feedback/vote-options';
import type { Database, FeedbackDatabase } from '@/lib/storage/database';

/** Moderation states of a comment. */
export const MODERATION_STATES = ['new', 'done', 'dismissed'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/** A moderator's decision on one or many comments, as the form sends it. */
export const moderationRequestSchema = z.object({
  ids: z.array(z.coerce.number().int().positive()).min(1, 'select at least one comment').max(500),
  state: z.enum(MODERATION_STATES),
  note: z.string().trim().max(1000).optional().transform((note) => (note ? note : null)),
});
export type ModerationRequest = z.infer<typeof moderationRequestSchema>;

/** A comment left with a No, with its moderation state. Render `comment` and `note` escaped. */
export interface QueuedComment extends Omit<RecentComment, 'resolved'> {
  state: ModerationState;
  note: string | null;
  moderatedAt: Date | null;
}

export interface CommentQueueOptions extends ReportOptions {
  state?: ModerationState;
  reason?: VoteReason;
  limit?: number;
  offset?: number;
}

type QueueBuilder = ExpressionBuilder<Database & { m: Database['comment_moderation'] }, 'votes' | 'm'>;

// A comment changed after it was moderated is new again: the moderator has not read it.
const effectiveState = (eb: QueueBuilder) =>
  eb
    .case()
    .when(eb.or([eb('m.vote_id', 'is', null), eb('m.vote_revision', '<', eb.ref('votes.revision'))]))
    .then(sql.lit('new'))
    .else(eb.ref('m.state'))
    .end();

function queueBase(db: FeedbackDatabase, options: CommentQueueOptions) {
  let query = db
    .selectFrom('votes')
    // Filters first: they only know `votes`.
    .$call((q) => filterVotes(q, options))
    .leftJoin('comment_moderation as m', 'm.vote_id', 'votes.id')
    .where('votes.comment', 'is not', null)
    .where('votes.resolved', '=', 0);
  if (options.reason) query = query.where('votes.reason', '=', options.reason);
  if (options.state) {
    const state = options.state;
    query = query.where((eb) => eb(effectiveState(eb), '=', state));
  }
  return query;
}

/** The moderation queue: comments left with a No, newest first, filtered by state, reason, language and article. */
export async function listQueuedComments(db: FeedbackDatabase, options: CommentQueueOptions = {}): Promise<QueuedComment[]> {
  const rows = await queueBase(db, options)
    .select(['votes.id', 'votes.article_id', 'votes.locale', 'votes.anchor', 'votes.reason', 'votes.comment', 'votes.query', 'votes.source', 'votes.updated_at', 'm.note', 'm.updated_at as moderated_at'])
    .select((eb) => effectiveState(eb).as('state'))
    .orderBy('votes.updated_at', 'desc')
    .orderBy('votes.id', 'desc')
    .limit(Math.min(500, Math.max(1, options.limit ?? 100)))
    .offset(Math.max(0, options.offset ?? 0))
    .execute();
  return rows.map((row) => ({
    ...toCommentFields(row),
    state: (row.state ?? 'new') as ModerationState,
    note: row.state === 'new' && !row.moderated_at ? null : (row.note ?? null),
    moderatedAt: row.moderated_at ? new Date(row.moderated_at) : null,
  }));
}

/** How many comments match the queue's filters (for the navigation badge: `{ state: 'new' }`). */
export async function countQueuedComments(db: FeedbackDatabase, options: CommentQueueOptions = {}): Promise<number> {
  const row = await queueBase(db, options)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/**
 * Stores a moderator's decision on comments: state, optional note and time, remembering the
 * vote's revision so a later change of the comment puts it back in the queue. Ids that are
 * not comments left with a No are skipped. Returns how many comments were updated.
 */
export async function moderateComments(db: FeedbackDatabase, request: ModerationRequest, now: Date = new Date()): Promise<number> {
  const ids = [...new Set(request.ids)];
  return db.transaction().execute(async (trx) => {
    const votes = await trx
      .selectFrom('votes')
      .select(['id', 'revision'])
      .where('id', 'in', ids)
      .where('comment', 'is not', null)
      .where('resolved', '=', 0)
      .execute();
    for (const vote of votes) {
      const values = { state: request.state, note: request.note, vote_revision: Number(vote.revision), updated_at: now.toISOString() };
      await trx
        .insertInto('comment_moderation')
        .values({ vote_id: Number(vote.id), ...values })
        .onConflict((conflict) => conflict.column('vote_id').doUpdateSet(values))
        .execute();
    }
    return votes.length;
  });
}

/** True when `value` names a No reason. */
export function isVoteReason(value: unknown): value is VoteReason {
  return typeof value === 'string' && (VOTE_REASONS as readonly string[]).includes(value);
}
