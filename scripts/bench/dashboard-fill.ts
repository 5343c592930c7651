/*
 * Fills a migrated feedback database with synthetic votes and search events for
 * `npm run bench:dashboard`: spread over 90 days, 10,000 article ids, 3 languages,
 * written with multi-row inserts in transactions.
 */
import { sql } from 'kysely';
import { getDatabaseInfo } from '@/lib/storage/create-database';
import type { FeedbackDatabase, NewSearchEventRow, NewVoteRow } from '@/lib/storage/database';
import { VOTE_REASONS, VOTE_SOURCES } from '@/lib/feedback/vote-options';
import { createRandom } from './random';

export interface FillOptions {
  votes: number;
  searches: number;
  articles: number;
  days: number;
  now: Date;
  /** Progress callback, called after each batch. */
  onProgress?: (table: string, done: number, total: number) => void;
}

const LOCALES = ['en', 'zh-Hant', 'zh-Hans'];
const QUERIES = ['reset password', 'refund', 'cancel plan', 'invoice', 'two factor', 'shift swap', '退款', '重設密碼', '排班', '发票'];
// 13 columns × 1,000 rows stays under both dialects' limits on bound parameters.
const BATCH = 1000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes `options.votes` votes and `options.searches` search events; returns seconds taken per
 * table. Rows are written in time order (evenly spread, with jitter), as a live site writes
 * them, so the time indexes grow at their end instead of being rewritten at random.
 */
export async function fillDashboardData(db: FeedbackDatabase, options: FillOptions): Promise<{ votesSeconds: number; searchesSeconds: number }> {
  const random = createRandom(20261201);
  const span = options.days * 86_400_000;
  const end = options.now.getTime();
  const start = end - span;
  const timeOf = (index: number, total: number) => Math.floor(start + ((index + random()) / total) * span);
  if (getDatabaseInfo(db).dialect === 'sqlite') {
    // A large page cache for the fill only: the indexes of a million rows outgrow the default 2 MB.
    await sql`pragma cache_size = -262144`.execute(db);
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Skewed towards low ids, like real traffic: a few articles get most votes.
  const articleId = () => `article-${Math.floor(options.articles * random() ** 2)}`;

  const started = Date.now();
  for (let done = 0; done < options.votes; done += BATCH) {
    const rows: NewVoteRow[] = [];
    for (let i = done; i < Math.min(options.votes, done + BATCH); i += 1) {
      const at = timeOf(i, options.votes);
      const resolved = random() < 0.7 ? 1 : 0;
      rows.push({
        article_id: articleId(),
        locale: pick(LOCALES),
        anchor: random() < 0.2 ? `faq-${Math.floor(random() * 5)}` : '',
        resolved,
        reason: resolved ? null : pick(VOTE_REASONS),
        comment: !resolved && random() < 0.1 ? `Synthetic comment ${i}` : null,
        query: random() < 0.5 ? pick(QUERIES) : null,
        source: pick(VOTE_SOURCES),
        visitor: `visitor-${i}`,
        day: iso(at).slice(0, 10),
        created_at: iso(at),
        updated_at: iso(at),
        revision: 1,
      });
    }
    await db.insertInto('votes').values(rows).execute();
    options.onProgress?.('votes', Math.min(options.votes, done + BATCH), options.votes);
  }
  const votesSeconds = (Date.now() - started) / 1000;

  const searchesStarted = Date.now();
  for (let done = 0; done < options.searches; done += BATCH) {
    const rows: NewSearchEventRow[] = [];
    for (let i = done; i < Math.min(options.searches, done + BATCH); i += 1) {
      const at = iso(timeOf(i, options.searches));
      const zero = random() < 0.12;
      const opened = !zero && random() < 0.6;
      rows.push({
        search_id: `search-${i}`,
        locale: pick(LOCALES),
        query: random() < 0.8 ? pick(QUERIES) : `rare query ${Math.floor(random() * 50_000)}`,
        result_count: zero ? 0 : 1 + Math.floor(random() * 20),
        opened_article_id: opened ? articleId() : null,
        opened_anchor: null,
        visitor: `visitor-${Math.floor(random() * options.votes)}`,
        created_at: at,
        updated_at: at,
        revision: 1,
      });
    }
    await db.insertInto('search_events').values(rows).execute();
    options.onProgress?.('search_events', Math.min(options.searches, done + BATCH), options.searches);
  }
  return { votesSeconds, searchesSeconds: (Date.now() - searchesStarted) / 1000 };
}
