import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { startBackgroundCheckpoints } from './background-checkpoints';
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
  /**
   * SQLite only: how long a statement waits, blocking the whole process, for another
   * connection's lock. Default 5000 for scripts and tests; the server uses 0 and retries
   * asynchronously (`runWrite`), so a locked file never stalls its pages.
   */
  sqliteBusyTimeoutMs?: number;
  /**
   * SQLite only: checkpoint the WAL on a worker thread (`background-checkpoints.ts`) rather
   * than in the commit that fills it, so the commit's caller never waits for its fsyncs. The
   * server sets it; scripts and tests keep SQLite's default.
   */
  sqliteBackgroundCheckpoints?: boolean;
  /**
   * PostgreSQL only: the longest a statement waits for a lock, and the longest a request
   * waits to connect or for a free pool slot, in ms. Default 5000 for scripts and tests; the
   * server uses 800, so a vote on a locked or unreachable database fails within the 1.2 s its
   * route allows. Statements may run for 10 s (dashboard reports on large tables).
   */
  postgresWaitTimeoutMs?: number;
}

/** What createDatabase knew when it opened a database, for migrations and dialect checks. */
export interface DatabaseInfo {
  dialect: DatabaseDialect;
  schema?: string;
  /** SQLite only: the connection itself, for writes that batch several requests (`group-commit.ts`). */
  sqlite?: SqliteDatabase.Database;
  /** PostgreSQL only: the pool itself, for the votes' named prepared statement (`record.ts`). */
  pool?: pg.Pool;
}
// On globalThis: Next bundles this module into each route and into instrumentation.ts
// separately, and a database opened by one copy is used by the others.
const OPENED = Symbol.for('resolve.openedDatabases');
const openedHolder = globalThis as typeof globalThis & { [OPENED]?: WeakMap<object, DatabaseInfo> };
const opened = (openedHolder[OPENED] ??= new WeakMap<object, DatabaseInfo>());
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

function openSqlite(file: string, synchronous: 'NORMAL' | 'FULL', busyTimeoutMs: number): SqliteDatabase.Database {
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    // In WAL mode with synchronous=NORMAL a commit is written to the WAL file (into the OS
    // page cache) before better-sqlite3 returns, and fsync happens only at checkpoints. So a
    // vote answered with 201 survives the server process being killed (SIGKILL, crash, OOM),
    // but not a power cut or kernel panic; FULL adds an fsync per commit to cover those too.
    sqlite.pragma(`synchronous = ${synchronous}`);
    // better-sqlite3 waits for another connection's lock synchronously, blocking the event loop.
    sqlite.pragma(`busy_timeout = ${Math.max(0, Math.round(busyTimeoutMs))}`);
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
 * @param onClose runs when Kysely closes the connection (`db.destroy()`), before it closes
 */
function withStatementCache(sqlite: SqliteDatabase.Database, onClose?: () => void): SqliteDatabase.Database {
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
      if (key === 'close' && onClose) {
        return () => {
          onClose();
          return target.close();
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** PostgreSQL statement_timeout: long enough for dashboard reports, short of hanging forever. */
const STATEMENT_TIMEOUT_MS = 10_000;

function createPostgresPool(url: string, options: CreateDatabaseOptions): pg.Pool {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new DatabaseConfigError(`Schema "${options.schema}" must be lower-case letters, digits and "_".`);
  }
  const wait = Math.max(50, Math.round(options.postgresWaitTimeoutMs ?? 5000));
  const settings = [
    `-c statement_timeout=${STATEMENT_TIMEOUT_MS}`,
    `-c lock_timeout=${wait}`,
    `-c idle_in_transaction_session_timeout=${STATEMENT_TIMEOUT_MS}`,
    ...(options.schema ? [`-c search_path=${options.schema}`] : []),
  ];
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    options: settings.join(' '),
    // Also bounds the wait for a free pool slot, so a stuck database cannot queue votes forever.
    connectionTimeoutMillis: wait,
    idleTimeoutMillis: 30_000,
    // Client-side backstop in case the server never answers (network partition).
    query_timeout: STATEMENT_TIMEOUT_MS + 1000,
    keepAlive: true,
  });
  // A connection failing (backend killed, database restart) must not crash the server: pg
  // emits 'error' on idle clients through the pool and on checked-out clients on the client
  // itself, where nobody listens. The failed query rejects; the pool replaces the client.
  pool.on('error', (error) => console.error(`PostgreSQL pool: idle connection failed: ${error.message}`));
  pool.on('connect', (client) => {
    client.on('error', (error) => console.error(`PostgreSQL: connection failed: ${error.message}`));
  });
  return pool;
}

/**
 * Opens the feedback database named by `url` (DATABASE_URL): PostgreSQL through a `pg` pool
 * for `postgres://` and `postgresql://` URLs, otherwise a SQLite file (default
 * `data/resolve.db`, folder created) in WAL mode (busy timeout: see the options). Connections are
 * opened lazily for PostgreSQL. Call `migrateToLatest` before use and `db.destroy()` to close.
 * @throws DatabaseConfigError for an unknown URL scheme or a SQLite file that cannot be opened.
 */
export function createDatabase(options: CreateDatabaseOptions = {}): FeedbackDatabase {
  const url = options.url?.trim();
  if (url && /^postgres(?:ql)?:\/\//i.test(url)) {
    const pool = createPostgresPool(url, options);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    opened.set(db, options.schema ? { dialect: 'postgres', schema: options.schema, pool } : { dialect: 'postgres', pool });
    return db;
  }
  const file = resolveSqliteFile(url);
  const sqlite = openSqlite(file, options.sqliteSynchronous ?? 'NORMAL', options.sqliteBusyTimeoutMs ?? 5000);
  const stopCheckpoints = options.sqliteBackgroundCheckpoints && file !== ':memory:' ? startBackgroundCheckpoints(sqlite, file) : undefined;
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, stopCheckpoints) }) });
  opened.set(db, { dialect: 'sqlite', sqlite });
  return db;
}
