import { sql } from 'kysely';
import { getDatabaseInfo } from '../storage/create-database';
import type { FeedbackDatabase } from '../storage/database';
import { type Deadline, DatabaseUnavailableError } from '../storage/run-write';
import { normalizeQuery } from './clean-text';
import { scrubPersonalData } from './scrub';
import type { SearchEvent } from './search-event-schema';
import { formatVisitorDay } from './visitor';
import type { Vote } from './vote-schema';

/** Raised when a client address has cast its daily cap of new votes; nothing was stored. */
export class DailyCapError extends Error {
  override name = 'DailyCapError';

  constructor(
    readonly cap: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`This address has cast ${cap} new votes today, the most allowed; changes of mind still count.`);
  }
}

/** Who casts a vote, for the daily cap: `hashAddress` of the client address, and the cap. */
export interface VoteLimits {
  addressHash: string;
  dailyCap: number;
  /**
   * When the request must have its answer. The transaction commits only before it: on
   * PostgreSQL its statements get the time left as statement_timeout, and it rolls back if
   * the time is up before COMMIT. So a vote answered 503 is never stored after all.
   */
  deadline?: Deadline;
}

/** Seconds from `now` to the next UTC midnight, when visitor days (and the cap) roll over. */
function secondsToNextDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

/** Id of the stored row, and whether this call created it (false: it updated it). */
export interface RecordResult {
  id: number;
  created: boolean;
}

function toStoredQuery(query: string | undefined): string | null {
  return query === undefined ? null : scrubPersonalData(normalizeQuery(query));
}

/**
 * Stores a vote, or updates the vote the same visitor gave the same article (or FAQ entry)
 * earlier the same day: a change of mind never counts twice. One atomic upsert on both
 * dialects, so concurrent requests cannot double-insert. Resolution, reason and comment are
 * replaced by the new vote; query and source are kept when the new vote leaves them out.
 * Comment and query are scrubbed of emails, phone numbers and long digit runs first, and
 * the query is normalized like search event queries (`normalizeQuery`) so the two match.
 * When this resolves, the row is committed. With `limits`, a new vote beyond the address's
 * daily cap is refused (DailyCapError) and nothing is stored; updates are never refused.
 * @param visitor daily hash from `hashVisitor` for the day of `now`
 * @throws DailyCapError
 */
export async function recordVote(
  db: FeedbackDatabase,
  vote: Vote,
  visitor: string,
  now: Date = new Date(),
  limits?: VoteLimits,
): Promise<RecordResult> {
  if (!limits) return upsertVote(db, vote, visitor, now);
  // One transaction: a new vote and its count against the address's cap commit together, and
  // the counter's row lock makes concurrent requests (on any app server) count one by one.
  const { deadline } = limits;
  return db.transaction().execute(async (trx) => {
    if (deadline && getDatabaseInfo(db).dialect === 'postgres') {
      const left = Math.max(1, deadline.at - Date.now());
      await sql`select set_config('statement_timeout', ${String(left)}, true)`.execute(trx);
    }
    const result = await upsertVote(trx, vote, visitor, now);
    if (!result.created) return result;
    const day = formatVisitorDay(now);
    const counted = await trx
      .insertInto('address_days')
      .values({ address: limits.addressHash, day, new_votes: 1 })
      .onConflict((conflict) =>
        conflict.columns(['address', 'day']).doUpdateSet((eb) => ({ new_votes: eb(eb.ref('address_days.new_votes'), '+', 1) })),
      )
      .returning('new_votes')
      .executeTakeFirstOrThrow();
    if (Number(counted.new_votes) > limits.dailyCap) throw new DailyCapError(limits.dailyCap, secondsToNextDay(now));
    if (deadline && Date.now() >= deadline.at) throw new DatabaseUnavailableError('The vote could not be stored in time; it was rolled back.');
    return result;
  });
}

async function upsertVote(db: FeedbackDatabase, vote: Vote, visitor: string, now: Date): Promise<RecordResult> {
  const at = now.toISOString();
  const row = await db
    .insertInto('votes')
    .values({
      article_id: vote.articleId,
      locale: vote.locale,
      anchor: vote.anchor ?? '',
      resolved: vote.resolved ? 1 : 0,
      reason: vote.reason ?? null,
      comment: vote.comment === undefined ? null : scrubPersonalData(vote.comment),
      query: toStoredQuery(vote.query),
      source: vote.source ?? null,
      visitor,
      day: formatVisitorDay(now),
      created_at: at,
      updated_at: at,
      revision: 1,
    })
    .onConflict((conflict) =>
      conflict.columns(['visitor', 'day', 'article_id', 'anchor']).doUpdateSet((eb) => ({
        locale: eb.ref('excluded.locale'),
        resolved: eb.ref('excluded.resolved'),
        reason: eb.ref('excluded.reason'),
        comment: eb.ref('excluded.comment'),
        query: eb.fn.coalesce('excluded.query', 'votes.query'),
        source: eb.fn.coalesce('excluded.source', 'votes.source'),
        updated_at: eb.ref('excluded.updated_at'),
        revision: eb(eb.ref('votes.revision'), '+', 1),
      })),
    )
    .returning(['id', 'revision'])
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), created: Number(row.revision) === 1 };
}

/**
 * Stores a settled search, or updates it when the browser reports the same `searchId` again
 * (typically with the result the visitor opened; an opened result is never erased by a
 * later report without one). Only the visitor who created a search id may update it:
 * for anyone else nothing changes and `null` is returned. The query is normalized and
 * scrubbed like vote queries.
 * @param visitor daily hash from `hashVisitor` for the day of `now`
 */
export async function recordSearchEvent(
  db: FeedbackDatabase,
  event: SearchEvent,
  visitor: string,
  now: Date = new Date(),
): Promise<RecordResult | null> {
  const at = now.toISOString();
  const row = await db
    .insertInto('search_events')
    .values({
      search_id: event.searchId,
      locale: event.locale,
      query: scrubPersonalData(normalizeQuery(event.query)),
      result_count: event.resultCount,
      opened_article_id: event.opened?.articleId ?? null,
      opened_anchor: event.opened?.anchor ?? null,
      visitor,
      created_at: at,
      updated_at: at,
      revision: 1,
    })
    .onConflict((conflict) =>
      conflict
        .column('search_id')
        .doUpdateSet((eb) => ({
          locale: eb.ref('excluded.locale'),
          query: eb.ref('excluded.query'),
          result_count: eb.ref('excluded.result_count'),
          opened_article_id: eb.fn.coalesce('excluded.opened_article_id', 'search_events.opened_article_id'),
          // The anchor belongs to the opened article: take it only along with a new one.
          opened_anchor: sql<string | null>`case when excluded.opened_article_id is null
            then search_events.opened_anchor else excluded.opened_anchor end`,
          updated_at: eb.ref('excluded.updated_at'),
          revision: eb(eb.ref('search_events.revision'), '+', 1),
        }))
        .whereRef('search_events.visitor', '=', 'excluded.visitor'),
    )
    .returning(['id', 'revision'])
    .executeTakeFirst();
  return row ? { id: Number(row.id), created: Number(row.revision) === 1 } : null;
}
