import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database, FeedbackDatabase } from './database';

/** Where feedback is stored when DATABASE_URL is unset. */
export const DEFAULT_SQLITE_FILE = path.join('data', 'resolve.db');

export type DatabaseDialect = 'sqlite' | 'postgres';

/** Raised when the database cannot be opened; the message names the URL or file and a fix. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export interface CreateDatabaseOptions {
  /** DATABASE_URL: `postgres://` or `postgresql://` for PostgreSQL, else a SQLite file path. */
  url?: string | undefined;
  /** PostgreSQL only: schema to work in (set as `search_path`), e.g. to isolate test runs. */
  schema?: string;
  /** PostgreSQL only: pool size per process. Default 10. */
  maxConnections?: number;
  /** SQLite only: `FULL` also survives power loss, at the cost of one fsync per commit. */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
}

/** What createDatabase knew when it opened a database, for migrations and dialect checks. */
export interface DatabaseInfo {
  dialect: DatabaseDialect;
  schema?: string;
}
const opened = new WeakMap<object, DatabaseInfo>();
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Dialect and PostgreSQL schema of a database made by {@link createDatabase}. */
export function getDatabaseInfo(db: FeedbackDatabase): DatabaseInfo {
  const info = opened.get(db);
  if (!info) throw new DatabaseConfigError('This Kysely instance was not made by createDatabase(); open it with that.');
  return info;
}

/** Resolves the SQLite file a non-PostgreSQL DATABASE_URL names (`file:`/`sqlite:` allowed). */
export function resolveSqliteFile(url: string | undefined): string {
  const value = (url ?? '').trim();
  if (value === '') return DEFAULT_SQLITE_FILE;
  const withoutScheme = value.replace(/^(?:sqlite|file):(?:\/\/)?/i, '');
  if (withoutScheme !== value) return withoutScheme || DEFAULT_SQLITE_FILE;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new DatabaseConfigError(
      `DATABASE_URL "${value.replace(/\/\/[^@/]*@/, '//…@')}" is neither postgres:// nor a SQLite file path; ` +
        'use postgres://user:password@host:5432/db, a path such as data/resolve.db, or leave it unset.',
    );
  }
  return value;
}

function openSqlite(file: string, synchronous: 'NORMAL' | 'FULL'): SqliteDatabase.Database {
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    // In WAL mode with synchronous=NORMAL a commit is written to the WAL file (into the OS
    // page cache) before better-sqlite3 returns, and fsync happens only at checkpoints. So a
    // vote answered with 201 survives the server process being killed (SIGKILL, crash, OOM),
    // but not a power cut or kernel panic; FULL adds an fsync per commit to cover those too.
    sqlite.pragma(`synchronous = ${synchronous}`);
    // Wait for another connection's write lock instead of failing at once with SQLITE_BUSY.
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseConfigError(
      `Cannot open the SQLite database ${path.resolve(file)}: ${reason}. ` +
        'Check that its folder is writable, or set DATABASE_URL to another file or a postgres:// URL.',
    );
  }
}

/**
 * Reuses prepared statements: Kysely prepares the same few SQL strings on every request, and
 * preparing is a measurable share of a vote's cost. Safe because better-sqlite3 runs each
 * statement to completion synchronously and Resolve never streams (`.iterate()`) results.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      if (cache.size < 200) cache.set(sql, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function createPostgresPool(url: string, options: CreateDatabaseOptions): pg.Pool {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new DatabaseConfigError(`Schema "${options.schema}" must be lower-case letters, digits and "_".`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection (database restart) must not crash the server;
  // the pool replaces it and the next query reports any lasting problem.
  pool.on('error', (error) => console.error(`PostgreSQL pool: idle connection failed: ${error.message}`));
  return pool;
}

/**
 * Opens the feedback database named by `url` (DATABASE_URL): PostgreSQL through a `pg` pool
 * for `postgres://` and `postgresql://` URLs, otherwise a SQLite file (default
 * `data/resolve.db`, folder created) in WAL mode with a 5 s busy timeout. Connections are
 * opened lazily for PostgreSQL. Call `migrateToLatest` before use and `db.destroy()` to close.
 * @throws DatabaseConfigError for an unknown URL scheme or a SQLite file that cannot be opened.
 */
export function createDatabase(options: CreateDatabaseOptions = {}): FeedbackDatabase {
  const url = options.url?.trim();
  if (url && /^postgres(?:ql)?:\/\//i.test(url)) {
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPostgresPool(url, options) }) });
    opened.set(db, options.schema ? { dialect: 'postgres', schema: options.schema } : { dialect: 'postgres' });
    return db;
  }
  const sqlite = openSqlite(resolveSqliteFile(url), options.sqliteSynchronous ?? 'NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  opened.set(db, { dialect: 'sqlite' });
  return db;
}
