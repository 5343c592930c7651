import type SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type pg from 'pg';
import { getDatabaseInfo } from '../storage/create-database';
import { getGroupCommit } from '../storage/group-commit';
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

/** Raised when an address has used up its per-minute request limit (PostgreSQL path); nothing was stored. */
export class RequestLimitError extends Error {
  override name = 'RequestLimitError';

  constructor(readonly retryAfterSeconds: number) {
    super('Too many requests; try again later.');
  }
}

/** A per-address request limit kept in the `rate_limits` table (see `createDatabaseRateLimiter`). */
export interface RequestLimit {
  /** `<limit name>:<address hash>`, the row's `bucket`. */
  bucket: string;
  limit: number;
  windowMs: number;
}

/** Who casts a vote, for the daily cap: `hashAddress` of the client address, and the cap. */
export interface VoteLimits {
  addressHash: string;
  dailyCap: number;
  /**
   * When the request must have its answer. The vote commits only before it: past it the
   * write is rolled back (DatabaseUnavailableError), and on PostgreSQL each lock is waited
   * for at most the time left. So a vote answered 503 is never stored after all.
   */
  deadline?: Deadline;
  /**
   * PostgreSQL only: also count this request against `rate_limits` in the same statement
   * (RequestLimitError past the limit), so a vote costs one round trip. Ignored on SQLite,
   * whose limits live in the process.
   */
  requestLimit?: RequestLimit;
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

/** The stored values of a vote, in the parameter order of both dialects' statements. */
function toVoteValues(vote: Vote, visitor: string, now: Date): [string, string, string, 0 | 1, string | null, string | null, string | null, string | null, string, string, string] {
  return [
    vote.articleId,
    vote.locale,
    vote.anchor ?? '',
    vote.resolved ? 1 : 0,
    vote.reason ?? null,
    vote.comment === undefined ? null : scrubPersonalData(vote.comment),
    toStoredQuery(vote.query),
    vote.source ?? null,
    visitor,
    formatVisitorDay(now),
    now.toISOString(),
  ];
}

const tooLate = () => new DatabaseUnavailableError('The vote could not be stored in time; it was rolled back.');

/**
 * Stores a vote, or updates the vote the same visitor gave the same article (or FAQ entry)
 * earlier the same day: a change of mind never counts twice. One atomic upsert on both
 * dialects, so concurrent requests cannot double-insert. Resolution, reason and comment are
 * replaced by the new vote; query and source are kept when the new vote leaves them out.
 * Comment and query are scrubbed of emails, phone numbers and long digit runs first, and
 * the query is normalized like search event queries (`normalizeQuery`) so the two match.
 * When this resolves, the row is committed. With `limits`, a new vote beyond the address's
 * daily cap is refused (DailyCapError) and nothing is stored; updates are never refused.
 *
 * SQLite: the vote and its count against the cap are one savepoint of a group commit
 * (`group-commit.ts`), shared with the votes that arrive in the same event-loop turn.
 * PostgreSQL: one statement, `resolve_record_vote` (migration 0007), so one round trip
 * and one commit; its row locks make requests on any app server count one by one.
 * @param visitor daily hash from `hashVisitor` for the day of `now`
 * @throws DailyCapError; RequestLimitError; DatabaseUnavailableError past the deadline
 */
export async function recordVote(
  db: FeedbackDatabase,
  vote: Vote,
  visitor: string,
  now: Date = new Date(),
  limits?: VoteLimits,
): Promise<RecordResult> {
  const values = toVoteValues(vote, visitor, now);
  const deadline = limits?.deadline;
  if (deadline && Date.now() >= deadline.at) throw tooLate();
  const info = getDatabaseInfo(db);
  if (info.sqlite) return recordVoteOnSqlite(info.sqlite, values, now, limits);
  if (!info.pool) throw new Error('recordVote: a PostgreSQL database without its pool; open it with createDatabase().');
  return recordVoteOnPostgres(info.pool, values, now, limits);
}

const UPSERT_VOTE_SQL = `insert into votes (article_id, locale, anchor, resolved, reason, comment, query, source, visitor, day, created_at, updated_at, revision)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
  on conflict (visitor, day, article_id, anchor) do update set
    locale = excluded.locale, resolved = excluded.resolved, reason = excluded.reason, comment = excluded.comment,
    query = coalesce(excluded.query, votes.query), source = coalesce(excluded.source, votes.source),
    updated_at = excluded.updated_at, revision = votes.revision + 1
  returning id, revision`;
const COUNT_NEW_VOTE_SQL = `insert into address_days (address, day, new_votes) values (?, ?, 1)
  on conflict (address, day) do update set new_votes = address_days.new_votes + 1
  returning new_votes`;

interface SqliteVoteStatements {
  upsert: SqliteDatabase.Statement<unknown[], { id: number; revision: number }>;
  count: SqliteDatabase.Statement<unknown[], { new_votes: number }>;
}

const sqliteStatements = new WeakMap<SqliteDatabase.Database, SqliteVoteStatements>();

/** Prepared once per connection, on first use (after migrations made the tables). */
function getSqliteStatements(sqlite: SqliteDatabase.Database): SqliteVoteStatements {
  let statements = sqliteStatements.get(sqlite);
  if (!statements) {
    statements = {
      upsert: sqlite.prepare<unknown[], { id: number; revision: number }>(UPSERT_VOTE_SQL),
      count: sqlite.prepare<unknown[], { new_votes: number }>(COUNT_NEW_VOTE_SQL),
    };
    sqliteStatements.set(sqlite, statements);
  }
  return statements;
}

function recordVoteOnSqlite(sqlite: SqliteDatabase.Database, values: ReturnType<typeof toVoteValues>, now: Date, limits?: VoteLimits): Promise<RecordResult> {
  const at = values[10];
  return getGroupCommit(sqlite).run(() => {
    const statements = getSqliteStatements(sqlite);
    const row = statements.upsert.get(...values, at) as { id: number; revision: number };
    const result = { id: Number(row.id), created: Number(row.revision) === 1 };
    if (!limits) return result;
    // Throwing rolls this vote's savepoint back: nothing of it is stored.
    if (result.created) {
      const counted = statements.count.get(limits.addressHash, values[9]) as { new_votes: number };
      if (Number(counted.new_votes) > limits.dailyCap) throw new DailyCapError(limits.dailyCap, secondsToNextDay(now));
    }
    if (limits.deadline && Date.now() >= limits.deadline.at) throw tooLate();
    return result;
  });
}

/** SQLSTATE `resolve_record_vote` raises when the deadline passed before it ended. */
const TOO_LATE_SQLSTATE = 'RSLTE';

/** The arguments of `resolve_record_vote`, in order (its time-left argument is per batch). */
type RecordVoteArguments = [
  bucket: string | null,
  windowStart: number | null,
  requestLimit: number | null,
  address: string | null,
  dailyCap: number | null,
  ...values: ReturnType<typeof toVoteValues>,
];

/** SQL array type of each argument of {@link RecordVoteArguments}. */
const ARGUMENT_TYPES = ['text', 'bigint', 'integer', 'text', 'integer', 'text', 'text', 'text', 'integer', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];

interface PostgresJob {
  args: RecordVoteArguments;
  deadline: Deadline | undefined;
  resolve: (row: RecordVoteRow) => void;
  reject: (error: unknown) => void;
}

interface RecordVoteRow {
  outcome: string;
  id: string | number | null;
  revision: number | null;
}

const postgresQueues = new WeakMap<pg.Pool, PostgresJob[]>();

/** Most votes in one statement. */
const MAX_POSTGRES_BATCH = 100;

/**
 * Group commit for PostgreSQL: the votes that arrive in one event-loop turn are stored by one
 * statement (`resolve_record_vote` once per vote, in a lateral join over the batch's arrays),
 * so they share one round trip and one commit; each caller hears back only after it. Votes are
 * ordered by address, then visitor, so two servers' batches lock rows in the same order and
 * cannot deadlock. The batch shares its earliest deadline: past it, none of its votes is stored.
 */
function enqueuePostgresVote(pool: pg.Pool, job: PostgresJob): void {
  let queue = postgresQueues.get(pool);
  if (!queue) {
    queue = [];
    postgresQueues.set(pool, queue);
  }
  queue.push(job);
  if (queue.length === 1) setImmediate(() => flushPostgresVotes(pool));
}

function flushPostgresVotes(pool: pg.Pool): void {
  const queue = postgresQueues.get(pool) ?? [];
  postgresQueues.delete(pool);
  for (let start = 0; start < queue.length; start += MAX_POSTGRES_BATCH) {
    void runPostgresBatch(pool, queue.slice(start, start + MAX_POSTGRES_BATCH));
  }
}

const compareText = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/**
 * The batch statement: `resolve_record_vote` once per vote, in a lateral join over one array
 * per argument (`$1`…`$16`, typed by {@link ARGUMENT_TYPES}) and the batch's time left (`$17`).
 * One text for every batch size, so it is a named prepared statement: each pooled connection
 * parses and plans it once, not once per batch.
 */
const RECORD_VOTES_STATEMENT = {
  name: 'resolve_record_votes',
  text: `select b.ord, r.outcome, r.id, r.revision
    from unnest(${ARGUMENT_TYPES.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})
      with ordinality as b(${ARGUMENT_TYPES.map((_, index) => `a${index}`).join(', ')}, ord)
    cross join lateral resolve_record_vote(${[
      ...ARGUMENT_TYPES.slice(0, 5).map((_, index) => `b.a${index}`),
      `$${ARGUMENT_TYPES.length + 1}::integer`,
      ...ARGUMENT_TYPES.slice(5).map((_, index) => `b.a${index + 5}`),
    ].join(', ')}) as r
    order by b.ord`,
};

async function runPostgresBatch(pool: pg.Pool, jobs: PostgresJob[]): Promise<void> {
  // Address (argument 3), then visitor (argument 13): the order the statement locks rows in.
  jobs.sort((a, b) => compareText(a.args[3], b.args[3]) || compareText(a.args[13], b.args[13]));
  const deadlines = jobs.flatMap((job) => (job.deadline ? [job.deadline.at] : []));
  const left = deadlines.length > 0 ? Math.max(1, Math.min(...deadlines) - Date.now()) : null;
  try {
    const values = [...ARGUMENT_TYPES.map((_, index) => jobs.map((job) => job.args[index] ?? null)), left];
    const { rows } = await pool.query<RecordVoteRow>({ ...RECORD_VOTES_STATEMENT, values });
    if (rows.length !== jobs.length) throw new Error(`resolve_record_vote answered ${rows.length} rows for ${jobs.length} votes.`);
    rows.forEach((row, index) => (jobs[index] as PostgresJob).resolve(row));
  } catch (error) {
    const failure = error instanceof Error && 'code' in error && error.code === TOO_LATE_SQLSTATE ? tooLate() : error;
    for (const job of jobs) job.reject(failure);
  }
}

async function recordVoteOnPostgres(pool: pg.Pool, values: ReturnType<typeof toVoteValues>, now: Date, limits?: VoteLimits): Promise<RecordResult> {
  const request = limits?.requestLimit;
  const windowStart = request ? Math.floor(now.getTime() / request.windowMs) * request.windowMs : null;
  const args: RecordVoteArguments = [request?.bucket ?? null, windowStart, request?.limit ?? null, limits?.addressHash ?? null, limits?.dailyCap ?? null, ...values];
  const row = await new Promise<RecordVoteRow>((resolve, reject) => enqueuePostgresVote(pool, { args, deadline: limits?.deadline, resolve, reject }));
  if (row.outcome === 'limited' && request && windowStart !== null) {
    throw new RequestLimitError(Math.max(1, Math.ceil((windowStart + request.windowMs - now.getTime()) / 1000)));
  }
  if (row.outcome === 'capped' && limits) throw new DailyCapError(limits.dailyCap, secondsToNextDay(now));
  return { id: Number(row.id), created: row.outcome === 'created' };
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
