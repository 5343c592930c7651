import type SqliteDatabase from 'better-sqlite3';

/**
 * Group commit for SQLite: writes that arrive in the same turn of the event loop run in one
 * transaction, each as its own savepoint, and every caller's promise settles only after that
 * transaction has committed. A commit (its WAL frames, its locking) is the largest part of a
 * small write's cost, so concurrent votes share it; a lone write commits on the next turn.
 *
 * A write is a synchronous function run on the connection (better-sqlite3 is synchronous, so
 * a batch never waits and never interleaves with other statements). When it throws, only its
 * savepoint is rolled back and only its caller is rejected, unless the error is SQLite's own
 * (busy, read-only, I/O, full disk, …, anything but a constraint): then the whole batch rolls
 * back and every caller gets that error, which `runWrite` retries or answers 503 with.
 */
export interface GroupCommit {
  /** Runs `write` in the next batch; resolves with its result once the batch has committed. */
  run<T>(write: () => T): Promise<T>;
}

interface Pending {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Most writes in one transaction: bounds how long one batch holds the event loop. */
const MAX_BATCH = 256;

/** Errors after which the transaction cannot go on (SQLite may already have rolled it back). */
function abortsBatch(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_') && !code.startsWith('SQLITE_CONSTRAINT');
}

const committers = new WeakMap<SqliteDatabase.Database, GroupCommit>();

/** The group committer of `sqlite` (one per connection). */
export function getGroupCommit(sqlite: SqliteDatabase.Database): GroupCommit {
  let committer = committers.get(sqlite);
  if (!committer) {
    committer = createGroupCommit(sqlite);
    committers.set(sqlite, committer);
  }
  return committer;
}

function createGroupCommit(sqlite: SqliteDatabase.Database): GroupCommit {
  let queue: Pending[] = [];
  let scheduled = false;
  // Called inside `batch`, a better-sqlite3 transaction function becomes a savepoint.
  const each = sqlite.transaction((job: Pending) => job.write());
  const batch = sqlite.transaction((jobs: Pending[]): Outcome[] =>
    jobs.map((job) => {
      try {
        return { ok: true, value: each(job) };
      } catch (error) {
        if (abortsBatch(error)) throw error;
        return { ok: false, error };
      }
    }),
  );

  const schedule = (delayMs: number) => {
    scheduled = true;
    if (delayMs > 0) setTimeout(flush, delayMs);
    else setImmediate(flush);
  };

  function flush(): void {
    scheduled = false;
    // A transaction another caller (Kysely) opened on this connection is still running:
    // writes batched into it would commit or roll back with it, so wait for it to end.
    if (sqlite.inTransaction) {
      schedule(1);
      return;
    }
    const jobs = queue.length > MAX_BATCH ? queue.splice(0, MAX_BATCH) : queue;
    if (jobs === queue) queue = [];
    if (queue.length > 0) schedule(0);
    let outcomes: Outcome[];
    try {
      // IMMEDIATE: take the write lock at BEGIN, so a lock held elsewhere fails at once.
      outcomes = batch.immediate(jobs);
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const job = jobs[index] as Pending;
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  return {
    run<T>(write: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) schedule(0);
      });
    },
  };
}
