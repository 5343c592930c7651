import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { waitForRollups } from '@/lib/feedback/report-rollups';
import { createDatabase, type DatabaseDialect } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { migrateToLatest } from '@/lib/storage/migrations';

/** One database the storage suites run against. */
export interface TestDatabaseTarget {
  label: string;
  dialect: DatabaseDialect;
  /** Why the target's tests are skipped, when they are. */
  skipReason?: string;
}

const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. Use with `describe.each`. */
export const TEST_DATABASE_TARGETS: TestDatabaseTarget[] = [
  { label: 'SQLite', dialect: 'sqlite' },
  postgresUrl
    ? { label: 'PostgreSQL', dialect: 'postgres' }
    : {
        label: 'PostgreSQL (skipped: TEST_DATABASE_URL is not set)',
        dialect: 'postgres',
        skipReason:
          'TEST_DATABASE_URL is not set; run with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test ' +
          'to cover PostgreSQL.',
      },
];

/** An isolated, empty database: a temporary SQLite file, or a fresh PostgreSQL schema. */
export interface TestDatabase {
  db: FeedbackDatabase;
  /** What `createDatabase` needs to reach the same database, e.g. from a child process. */
  connection: { url: string; schema?: string };
  /** Opens another independent connection (pool) to the same database, closed by cleanup. */
  connectAgain(): FeedbackDatabase;
  /** Empties the feedback tables. */
  reset(): Promise<void>;
  /** Closes every connection and deletes the file or drops the schema. */
  cleanup(): Promise<void>;
}

/** Opens an isolated database for `target`; migrations are left to the caller. */
export async function openTestDatabase(target: TestDatabaseTarget): Promise<TestDatabase> {
  const opened: FeedbackDatabase[] = [];
  let connection: TestDatabase['connection'];
  let connect: () => FeedbackDatabase;
  let dispose: (db: FeedbackDatabase) => Promise<void>;

  if (target.dialect === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'resolve-storage-'));
    const file = path.join(dir, 'resolve.db');
    connection = { url: file };
    connect = () => createDatabase({ url: file });
    dispose = () => rm(dir, { recursive: true, force: true });
  } else {
    if (!postgresUrl) throw new Error(`openTestDatabase: ${target.skipReason ?? 'TEST_DATABASE_URL is not set.'}`);
    const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
    connection = { url: postgresUrl, schema };
    connect = () => createDatabase({ ...connection, maxConnections: 20 });
    dispose = async (db) => {
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
    };
    const setup = connect();
    await sql`create schema ${sql.id(schema)}`.execute(setup);
    opened.push(setup);
  }

  const connectAgain = (): FeedbackDatabase => {
    const db = connect();
    opened.push(db);
    return db;
  };
  const db = connectAgain();
  return {
    db,
    connection,
    connectAgain,
    async reset() {
      // A rollup a report left running (it waits only so long) would write the old rows' figures.
      await waitForRollups(db);
      await db.deleteFrom('votes').execute();
      await db.deleteFrom('search_events').execute();
      await db.deleteFrom('rate_limits').execute();
      await db.deleteFrom('address_days').execute();
      await db.deleteFrom('comment_moderation').execute();
      for (const table of ['rollup_days', 'vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups'] as const) {
        await db.deleteFrom(table).execute();
      }
    },
    async cleanup() {
      await Promise.all(opened.map((each) => waitForRollups(each)));
      const first = opened[0];
      if (target.dialect === 'postgres' && first) await dispose(first);
      await Promise.all(opened.map((each) => each.destroy()));
      if (target.dialect === 'sqlite' && first) await dispose(first);
    },
  };
}

/**
 * Registers suite hooks that open an isolated, migrated database for `target` before the
 * tests and remove it after them. The returned object is filled in by the time tests run;
 * it stays empty when the target is skipped.
 */
export function useMigratedTestDatabase(target: TestDatabaseTarget): TestDatabase {
  const holder = {} as Partial<TestDatabase>;
  beforeAll(async () => {
    if (target.skipReason) return;
    Object.assign(holder, await openTestDatabase(target));
    await migrateToLatest(holder.db as FeedbackDatabase);
  });
  afterAll(async () => {
    await holder.cleanup?.();
  });
  return holder as TestDatabase;
}
