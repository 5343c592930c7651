import { type Kysely, type Migration, Migrator, sql } from 'kysely';
import { type DatabaseDialect, getDatabaseInfo } from './create-database';
import type { FeedbackDatabase } from './database';

/** Raised when the schema cannot be brought up to date; the server must not start then. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

type Step = (db: Kysely<unknown>) => Promise<void>;

/**
 * The schema's history, oldest first. Never edit or rename a migration that has shipped:
 * add a new one (names sort alphabetically). Statements use IF NOT EXISTS so that a SQLite
 * migration interrupted between its DDL and its bookkeeping row can simply run again.
 */
function listMigrations(dialect: DatabaseDialect): Record<string, Migration> {
  const idColumn = (db: Kysely<unknown>, table: string) =>
    db.schema
      .createTable(table)
      .ifNotExists()
      .addColumn('id', 'integer', (col) =>
        dialect === 'postgres' ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey(),
      );

  const createVotes: Step = async (db) => {
    await idColumn(db, 'votes')
      .addColumn('article_id', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('anchor', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('resolved', 'integer', (col) => col.notNull().check(sql`resolved in (0, 1)`))
      .addColumn('reason', 'text')
      .addColumn('comment', 'text')
      .addColumn('query', 'text')
      .addColumn('source', 'text')
      .addColumn('visitor', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1))
      // One vote per visitor, day, article and anchor: a change of mind updates this row.
      .addUniqueConstraint('votes_one_per_visitor_day', ['visitor', 'day', 'article_id', 'anchor'])
      .execute();
    await db.schema.createIndex('votes_article').ifNotExists().on('votes').columns(['article_id', 'anchor']).execute();
    await db.schema.createIndex('votes_updated_at').ifNotExists().on('votes').column('updated_at').execute();
  };

  const createSearchEvents: Step = async (db) => {
    await idColumn(db, 'search_events')
      .addColumn('search_id', 'text', (col) => col.notNull().unique())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('query', 'text', (col) => col.notNull())
      .addColumn('result_count', 'integer', (col) => col.notNull())
      .addColumn('opened_article_id', 'text')
      .addColumn('opened_anchor', 'text')
      .addColumn('visitor', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1))
      .execute();
    const index = (name: string) => db.schema.createIndex(name).ifNotExists().on('search_events');
    await index('search_events_created_at').column('created_at').execute();
    await index('search_events_query').columns(['locale', 'query']).execute();
    await index('search_events_visitor').columns(['visitor', 'opened_article_id']).execute();
  };

  const createLimits: Step = async (db) => {
    await db.schema
      .createTable('rate_limits')
      .ifNotExists()
      .addColumn('bucket', 'text', (col) => col.notNull())
      .addColumn('window_start', dialect === 'postgres' ? 'bigint' : 'integer', (col) => col.notNull())
      .addColumn('hits', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['bucket', 'window_start'])
      .execute();
    await db.schema.createIndex('rate_limits_window').ifNotExists().on('rate_limits').column('window_start').execute();
    await db.schema
      .createTable('address_days')
      .ifNotExists()
      .addColumn('address', 'text', (col) => col.notNull())
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('new_votes', 'integer', (col) => col.notNull())
      .addPrimaryKeyConstraint('address_days_pk', ['address', 'day'])
      .execute();
  };

  const dropTables = (...tables: string[]): Step => async (db) => {
    for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  };

  const dropTable = (table: string): Step => async (db) => {
    await db.schema.dropTable(table).ifExists().execute();
  };

  // Dashboard (moderation state of comments, indexes for the reports): self-contained block.
  const createCommentModeration: Step = async (db) => {
    await db.schema
      .createTable('comment_moderation')
      .ifNotExists()
      .addColumn('vote_id', 'integer', (col) => col.primaryKey())
      .addColumn('state', 'text', (col) => col.notNull().check(sql`state in ('new', 'done', 'dismissed')`))
      .addColumn('note', 'text')
      // The vote's revision when it was moderated: a comment changed since then is new again.
      .addColumn('vote_revision', 'integer', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('comment_moderation_state').ifNotExists().on('comment_moderation').column('state').execute();
  };

  // Covering indexes for the dashboard's period reports, and the visitor + query join that
  // tells which searches ended in a Yes or a No (without it SQLite probes by article id).
  const createDashboardIndexes: Step = async (db) => {
    await db.schema
      .createIndex('votes_visitor_query')
      .ifNotExists()
      .on('votes')
      .columns(['visitor', 'query', 'article_id', 'resolved'])
      .execute();
    await db.schema
      .createIndex('votes_period_report')
      .ifNotExists()
      .on('votes')
      .columns(['updated_at', 'locale', 'article_id', 'anchor', 'resolved', 'reason', 'source'])
      .execute();
    await db.schema
      .createIndex('search_events_period_report')
      .ifNotExists()
      .on('search_events')
      .columns(['created_at', 'locale', 'result_count', 'query', 'opened_article_id'])
      .execute();
    // The CSV exports page by (time, id); PostgreSQL needs the id in the index to stream in that
    // order (SQLite indexes carry the rowid anyway).
    await db.schema.createIndex('votes_updated_at_id').ifNotExists().on('votes').columns(['updated_at', 'id']).execute();
    await db.schema.createIndex('search_events_created_at_id').ifNotExists().on('search_events').columns(['created_at', 'id']).execute();
  };
  const dropDashboardIndexes: Step = async (db) => {
    for (const name of ['votes_visitor_query', 'votes_period_report', 'search_events_period_report', 'votes_updated_at_id', 'search_events_created_at_id']) {
      await db.schema.dropIndex(name).ifExists().execute();
    }
  };

  // PostgreSQL: one round trip per vote. The function counts the request against its
  // address's per-minute limit, upserts the vote and, for a new vote, counts it against the
  // address's daily cap (undoing it past the cap), all in the one implicit transaction of a
  // single statement, so one commit (one WAL flush) per vote. Each write may wait for a lock
  // only as long as the request's deadline allows, and the statement fails (rolling back
  // everything) if that deadline has passed before it ends: a vote answered 503 is never
  // stored. Behaviour matches recordVote's SQLite path; see lib/feedback/record.ts.
  const createRecordVoteFunction: Step = async (db) => {
    if (dialect !== 'postgres') return;
    await sql`
      create or replace function resolve_record_vote(
        p_bucket text, p_window_start bigint, p_request_limit integer,
        p_address text, p_daily_cap integer, p_time_left_ms integer,
        p_article_id text, p_locale text, p_anchor text, p_resolved integer, p_reason text,
        p_comment text, p_query text, p_source text, p_visitor text, p_day text, p_at text)
      returns table (outcome text, id bigint, revision integer)
      language plpgsql as $fn$
      #variable_conflict use_column
      declare
        v_deadline timestamptz := statement_timestamp() + make_interval(secs => coalesce(p_time_left_ms, 0) / 1000.0);
        v_hits integer;
        v_id bigint;
        v_revision integer;
        v_count integer;
      begin
        if p_bucket is not null then
          if p_time_left_ms is not null then
            perform set_config('lock_timeout', greatest(1, floor(extract(epoch from v_deadline - clock_timestamp()) * 1000))::bigint::text, true);
          end if;
          insert into rate_limits as r (bucket, window_start, hits) values (p_bucket, p_window_start, 1)
            on conflict (bucket, window_start) do update set hits = r.hits + 1
            returning r.hits into v_hits;
          if v_hits > p_request_limit then
            return query select 'limited'::text, null::bigint, null::integer;
            return;
          end if;
        end if;
        if p_time_left_ms is not null then
          perform set_config('lock_timeout', greatest(1, floor(extract(epoch from v_deadline - clock_timestamp()) * 1000))::bigint::text, true);
        end if;
        insert into votes as v (article_id, locale, anchor, resolved, reason, comment, query, source, visitor, day, created_at, updated_at, revision)
          values (p_article_id, p_locale, p_anchor, p_resolved, p_reason, p_comment, p_query, p_source, p_visitor, p_day, p_at, p_at, 1)
          on conflict (visitor, day, article_id, anchor) do update set
            locale = excluded.locale, resolved = excluded.resolved, reason = excluded.reason,
            comment = excluded.comment, query = coalesce(excluded.query, v.query),
            source = coalesce(excluded.source, v.source), updated_at = excluded.updated_at,
            revision = v.revision + 1
          returning v.id, v.revision into v_id, v_revision;
        if v_revision = 1 and p_daily_cap is not null then
          if p_time_left_ms is not null then
            perform set_config('lock_timeout', greatest(1, floor(extract(epoch from v_deadline - clock_timestamp()) * 1000))::bigint::text, true);
          end if;
          -- The row lock makes concurrent requests (on any app server) count one by one; past
          -- the cap nothing is counted and the new vote is taken back (the request still counts).
          insert into address_days as a (address, day, new_votes) values (p_address, p_day, 1)
            on conflict (address, day) do update set new_votes = a.new_votes + 1 where a.new_votes < p_daily_cap
            returning a.new_votes into v_count;
          if v_count is null then
            delete from votes where votes.id = v_id;
            return query select 'capped'::text, null::bigint, null::integer;
            return;
          end if;
        end if;
        if p_time_left_ms is not null and clock_timestamp() >= v_deadline then
          raise exception 'resolve: the vote could not be stored in time' using errcode = 'RSLTE';
        end if;
        return query select case when v_revision = 1 then 'created' else 'updated' end, v_id, v_revision;
      end
      $fn$`.execute(db);
  };
  const dropRecordVoteFunction: Step = async (db) => {
    if (dialect !== 'postgres') return;
    await sql`drop function if exists resolve_record_vote(text, bigint, integer, text, integer, integer, text, text, text, integer, text, text, text, text, text, text, text)`.execute(db);
  };
  // Daily rollups of the dashboard's reports (filled lazily by the reports for closed days, see
  // lib/feedback/report-rollups.ts), and the index for searches that opened one article.
  const createDashboardRollups: Step = async (db) => {
    await db.schema
      .createTable('rollup_days')
      .ifNotExists()
      .addColumn('day', 'text', (col) => col.primaryKey())
      .addColumn('rolled_at', 'text', (col) => col.notNull())
      .execute();
    const countColumn = (name: string) => (table: ReturnType<typeof db.schema.createTable>) =>
      table.addColumn(name, 'integer', (col) => col.notNull());
    await db.schema
      .createTable('vote_rollups')
      .ifNotExists()
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('source', 'text')
      .addColumn('query', 'text')
      .addColumn('resolved', 'integer', (col) => col.notNull())
      .addColumn('reason', 'text')
      .$call(countColumn('votes'))
      .execute();
    await db.schema
      .createTable('search_day_rollups')
      .ifNotExists()
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .$call(countColumn('searches'))
      .$call(countColumn('zero_results'))
      .$call(countColumn('ended_yes'))
      .$call(countColumn('ended_no'))
      .execute();
    await db.schema
      .createTable('search_query_rollups')
      .ifNotExists()
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('query', 'text', (col) => col.notNull())
      .$call(countColumn('searches'))
      .$call(countColumn('zero_results'))
      .$call(countColumn('opened'))
      .addColumn('result_sum', dialect === 'postgres' ? 'bigint' : 'integer', (col) => col.notNull())
      .addColumn('last_searched_at', 'text', (col) => col.notNull())
      .addColumn('last_zero_at', 'text')
      .execute();
    await db.schema
      .createTable('search_no_rollups')
      .ifNotExists()
      .addColumn('day', 'text', (col) => col.notNull())
      .addColumn('locale', 'text', (col) => col.notNull())
      .addColumn('query', 'text', (col) => col.notNull())
      .addColumn('article_id', 'text', (col) => col.notNull())
      .addColumn('anchor', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .$call(countColumn('searches'))
      .addColumn('last_searched_at', 'text', (col) => col.notNull())
      .execute();
    for (const table of ['vote_rollups', 'search_day_rollups', 'search_no_rollups']) {
      await db.schema.createIndex(`${table}_day`).ifNotExists().on(table).column('day').execute();
    }
    // Top searches and searches without results read (day, locale, query) and their counts.
    await db.schema
      .createIndex('search_query_rollups_day')
      .ifNotExists()
      .on('search_query_rollups')
      .columns(['day', 'locale', 'query', 'searches', 'zero_results', 'opened', 'result_sum', 'last_searched_at', 'last_zero_at'])
      .execute();
    // The comment queue and its "new" count read only votes with a comment (a few percent).
    await db.schema
      .createIndex('votes_comments')
      .ifNotExists()
      .on('votes')
      .columns(['updated_at', 'id', 'revision', 'resolved', 'locale', 'reason', 'article_id'])
      .where(sql.ref('comment'), 'is not', null)
      .execute();
    await db.schema
      .createIndex('search_events_opened_article')
      .ifNotExists()
      .on('search_events')
      .columns(['opened_article_id', 'created_at', 'locale', 'query'])
      .execute();
  };
  const dropDashboardRollups: Step = async (db) => {
    for (const name of ['search_events_opened_article', 'votes_comments']) await db.schema.dropIndex(name).ifExists().execute();
    for (const table of ['rollup_days', 'vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups']) {
      await db.schema.dropTable(table).ifExists().execute();
    }
  };

  // Index tuning after measuring at 1M votes: `votes_updated_at_id` (0005) serves every read
  // `votes_updated_at` served, and each vote paid one more index write for it; searches without
  // results read about one rolled-up (day, locale, query) row in eight, so they get a partial
  // index of their own instead of scanning all of a period's rows (250 → 55 ms over 90 days).
  const tuneIndexes: Step = async (db) => {
    await db.schema.dropIndex('votes_updated_at').ifExists().execute();
    await db.schema
      .createIndex('search_query_rollups_zero')
      .ifNotExists()
      .on('search_query_rollups')
      .columns(['day', 'locale', 'query', 'zero_results', 'last_zero_at', 'last_searched_at'])
      .where(sql.ref('zero_results'), '>', 0)
      .execute();
  };
  const undoIndexTuning: Step = async (db) => {
    await db.schema.dropIndex('search_query_rollups_zero').ifExists().execute();
    await db.schema.createIndex('votes_updated_at').ifNotExists().on('votes').column('updated_at').execute();
  };

  return {
    '0001_create_votes': { up: createVotes, down: dropTable('votes') },
    '0002_create_search_events': { up: createSearchEvents, down: dropTable('search_events') },
    '0003_create_limits': { up: createLimits, down: dropTables('rate_limits', 'address_days') },
    '0004_create_comment_moderation': { up: createCommentModeration, down: dropTable('comment_moderation') },
    '0005_dashboard_indexes': { up: createDashboardIndexes, down: dropDashboardIndexes },
    '0006_dashboard_rollups': { up: createDashboardRollups, down: dropDashboardRollups },
    '0007_record_vote_function': { up: createRecordVoteFunction, down: dropRecordVoteFunction },
    '0008_index_tuning': { up: tuneIndexes, down: undoIndexTuning },
  };
}

async function findMigrationSchema(db: FeedbackDatabase): Promise<string | undefined> {
  const info = getDatabaseInfo(db);
  if (info.dialect !== 'postgres') return undefined;
  if (info.schema) return info.schema;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}

async function runMigrator(db: FeedbackDatabase): Promise<string[]> {
  const dialect = getDatabaseInfo(db).dialect;
  const schema = await findMigrationSchema(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => listMigrations(dialect) },
    // Explicit on PostgreSQL: Kysely looks for its bookkeeping tables in every schema otherwise.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'bookkeeping';
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Database migration ${failed} failed: ${reason}. Fix the database, then restart.`);
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/**
 * Brings the feedback schema up to date and returns the names of the migrations it applied
 * (none when already current), so it is safe to call at every server start.
 * On PostgreSQL, Kysely's migrator holds an advisory lock and runs every pending migration
 * in one transaction, so app servers starting together apply each migration exactly once.
 * SQLite has no such lock; a start racing another process on the same file retries a few times.
 * @throws MigrationError naming the migration that failed.
 */
export async function migrateToLatest(db: FeedbackDatabase): Promise<string[]> {
  try {
    return await runMigrator(db);
  } catch (error) {
    if (getDatabaseInfo(db).dialect !== 'sqlite') throw error;
    // Another process holds the file (a racing start, or a lock): retry without blocking.
    for (let attempt = 1; ; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      try {
        return await runMigrator(db);
      } catch (again) {
        if (attempt >= 8) throw again;
      }
    }
  }
}
