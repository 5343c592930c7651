import { createDatabase } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { migrateToLatest } from '@/lib/storage/migrations';

/** The database the e2e server writes to, for asserting what was stored. */
export async function openE2eDatabase(): Promise<FeedbackDatabase> {
  const db = createDatabase({ url: process.env.E2E_DATABASE_URL });
  // The server migrates on its first request; a test may look before that.
  await migrateToLatest(db);
  return db;
}

/** Number of stored votes on one article, and of all search events (tests run in parallel, so scope by article). */
export async function countRows(db: FeedbackDatabase, articleId: string): Promise<{ votes: number; searches: number }> {
  const votes = await db.selectFrom('votes').select(db.fn.countAll<number>().as('n')).where('article_id', '=', articleId).executeTakeFirstOrThrow();
  const searches = await db.selectFrom('search_events').select(db.fn.countAll<number>().as('n')).where('query', '=', 'change password').executeTakeFirstOrThrow();
  return { votes: Number(votes.n), searches: Number(searches.n) };
}
