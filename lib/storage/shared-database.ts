import { createDatabase, DatabaseConfigError } from './create-database';
import type { FeedbackDatabase } from './database';
import { migrateToLatest } from './migrations';

interface SharedDatabase {
  url: string | undefined;
  ready: Promise<FeedbackDatabase>;
}

// Kept on globalThis so that Next.js dev reloads of a route module reuse one pool per process.
const KEY = Symbol.for('resolve.sharedFeedbackDatabase');
const holder = globalThis as typeof globalThis & { [KEY]?: SharedDatabase };

/**
 * The process-wide feedback database for `url` (DATABASE_URL), opened and migrated on first
 * use; later calls return the same instance. Call it inside a request handler rather than at
 * module load, so `next build` never opens the database. If opening or migrating fails, the
 * error is thrown to this caller and the next call tries again.
 * @throws DatabaseConfigError when called again with a different URL in the same process.
 */
export function getSharedDatabase(url: string | undefined): Promise<FeedbackDatabase> {
  const existing = holder[KEY];
  if (existing) {
    if (existing.url !== url) {
      throw new DatabaseConfigError('getSharedDatabase: DATABASE_URL changed within one process; restart the server.');
    }
    return existing.ready;
  }
  const ready = (async () => {
    // busy_timeout 0: a lock held by another process must never block this server's event
    // loop; writes retry asynchronously instead (runWrite), as do migrations. PostgreSQL waits
    // for a lock or a connection at most 0.8 s, inside a vote's 1.2 s storage deadline.
    // The WAL is checkpointed on a worker thread, so no vote waits for a checkpoint's fsyncs.
    const db = createDatabase({ url, sqliteBusyTimeoutMs: 0, sqliteBackgroundCheckpoints: true, postgresWaitTimeoutMs: 800 });
    try {
      await migrateToLatest(db);
      return db;
    } catch (error) {
      await db.destroy();
      throw error;
    }
  })();
  holder[KEY] = { url, ready };
  ready.catch(() => {
    if (holder[KEY]?.ready === ready) delete holder[KEY];
  });
  return ready;
}
