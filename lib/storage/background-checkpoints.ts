import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** How often the worker copies the WAL back into the database file. */
const CHECKPOINT_EVERY_MS = 200;
/**
 * WAL pages at which the server's own connection checkpoints anyway: a backstop that bounds
 * the WAL (about 40 MB) should the worker fall behind. SQLite's default is 1,000.
 */
const BACKSTOP_PAGES = 10_000;
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;

/*
 * The worker's code, run with `eval` (CommonJS, `require` resolved from the working
 * directory, the project folder `next start` runs in). PASSIVE never waits for a lock and never
 * blocks the writer: it copies what it can and the next round goes on from there. A busy or
 * read-only file fails one round and is retried by the next.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Locked, read-only or full: the next round tries again.
  }
}, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the pages that
 * commits appended to the WAL back into the database file and syncs both files to disk; run
 * by the connection that commits (SQLite's default, every 1,000 pages) it stalls the server
 * for those two fsyncs every few dozen votes. Here a worker thread with its own connection
 * checkpoints every 200 ms instead, and `sqlite` checkpoints itself only past 10,000 pages.
 * Durability is unchanged: a commit is complete once it is in the WAL, whoever copies it on.
 * If the worker cannot start or fails, `sqlite` goes back to SQLite's default.
 * @param file the database file `sqlite` has open (not `:memory:`)
 * @returns stops the worker (its connection closes); `sqlite` is left as it is
 */
export function startBackgroundCheckpoints(sqlite: SqliteDatabase.Database, file: string): () => void {
  const restoreDefault = () => {
    try {
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    } catch {
      // Closing or closed: nothing left to checkpoint for.
    }
  };
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: path.resolve(file), everyMs: CHECKPOINT_EVERY_MS } });
  } catch (error) {
    console.error(`SQLite: background checkpoints unavailable, checkpointing on commit: ${(error as Error).message}`);
    return () => undefined;
  }
  let stopped = false;
  worker.unref();
  worker.on('error', (error) => {
    console.error(`SQLite: background checkpoints failed, checkpointing on commit: ${error.message}`);
    restoreDefault();
  });
  worker.on('exit', () => {
    if (!stopped) restoreDefault();
  });
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return () => {
    stopped = true;
    worker.postMessage('stop');
  };
}
