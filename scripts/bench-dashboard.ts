/*
 * `npm run bench:dashboard [-- --votes 1000000 --requests 20 --only sqlite|postgres --skip-exports
 * --sqlite-file PATH --postgres-url URL]`:
 * fills a fresh SQLite file, then a fresh PostgreSQL database, with `--votes` votes and twice
 * as many search events over 90 days across 10,000 article ids in 3 languages (batched
 * inserts; PostgreSQL is then vacuumed and analyzed, as autovacuum would), starts the production build (`next start`) on it, signs in, times the
 * first requests while the server rolls up the closed days in the background and how long that
 * takes, prints p50 and p95 of each dashboard page over `--requests` sequential requests, then streams the 90-day
 * exports and reports their rows, time, the server's RSS growth and its JS heap (`--trace-gc`).
 * PostgreSQL: BENCH_POSTGRES_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test
 * (a database `resolve_dash_<pid>` is created beside it and dropped); skipped when unreachable.
 * `--sqlite-file` and `--postgres-url` name a database to use and keep instead (it must exist
 * for PostgreSQL): filled only when it does not hold exactly `--votes` votes and twice as many
 * searches yet, so a second run skips the slow fill. Its rollups are deleted before each run, so
 * the server starts on a database with nothing rolled up, as after the first deploy.
 * Needs `npm run build` first.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createDatabase, getDatabaseInfo } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { migrateToLatest } from '@/lib/storage/migrations';
import { fillDashboardData } from './bench/dashboard-fill';
import { type ExportCost, percentiles, signIn, timeExport, timePage } from './bench/dashboard-requests';
import { createScratchPostgres, redactUrl } from './bench/feedback-postgres';
import { findFreePort, type NextServer, startNextServer } from './bench/feedback-server';

const { values: args } = parseArgs({
  options: {
    votes: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '20' },
    port: { type: 'string', default: '3300' },
    only: { type: 'string' },
    'skip-exports': { type: 'boolean', default: false },
    'sqlite-file': { type: 'string' },
    'postgres-url': { type: 'string' },
  },
});
const votes = Number(args.votes);
const requests = Number(args.requests);
if (!Number.isInteger(votes) || votes < 1000) throw new RangeError(`--votes must be a whole number of at least 1000, got ${args.votes}.`);
if (!Number.isInteger(requests) || requests < 1) throw new RangeError(`--requests must be a whole number, got ${args.requests}.`);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = `bench-${randomBytes(8).toString('hex')}`;
const SECRET = randomBytes(24).toString('hex');
const PAGES = ['/admin', '/admin?period=90d', '/admin/articles', '/admin/articles/refunds-and-cancellations', '/admin/comments', '/admin/searches', '/admin/review', '/admin/links'];

const ROLLUP_TABLES = ['rollup_days', 'vote_rollups', 'search_day_rollups', 'search_query_rollups', 'search_no_rollups'] as const;

async function countRows(db: FeedbackDatabase, table: 'votes' | 'search_events'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('rows')).executeTakeFirstOrThrow();
  return Number(row.rows);
}

/** Fills the database unless it already holds this run's rows; deletes its rollups either way. */
async function fill(label: string, url: string): Promise<void> {
  const db = createDatabase({ url });
  try {
    await migrateToLatest(db);
    for (const table of ROLLUP_TABLES) await db.deleteFrom(table).execute();
    const [heldVotes, heldSearches] = [await countRows(db, 'votes'), await countRows(db, 'search_events')];
    if (heldVotes === votes && heldSearches === votes * 2) {
      console.log(`  ${label}: reusing its ${votes.toLocaleString('en')} votes and ${(votes * 2).toLocaleString('en')} searches (rollups deleted)`);
      return;
    }
    if (heldVotes + heldSearches > 0) {
      console.log(`  ${label}: deleting ${heldVotes.toLocaleString('en')} votes and ${heldSearches.toLocaleString('en')} searches of another run`);
      await db.deleteFrom('comment_moderation').execute();
      await db.deleteFrom('votes').execute();
      await db.deleteFrom('search_events').execute();
    }
    let lastReport = Date.now();
    const filled = await fillDashboardData(db, {
      votes,
      searches: votes * 2,
      articles: 10_000,
      days: 90,
      now: new Date(),
      onProgress: (table, done, total) => {
        if (Date.now() - lastReport < 15_000) return;
        lastReport = Date.now();
        console.log(`  ${label}: ${table} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
      },
    });
    if (getDatabaseInfo(db).dialect === 'postgres') {
      // What autovacuum does to a table that grew this much: statistics for the planner and
      // the visibility map for index-only scans. A bulk fill outruns it.
      const started = Date.now();
      await sql`vacuum analyze`.execute(db);
      console.log(`  ${label}: vacuum analyze in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    console.log(`  ${label}: filled ${votes.toLocaleString('en')} votes in ${filled.votesSeconds.toFixed(1)} s, ${(votes * 2).toLocaleString('en')} searches in ${filled.searchesSeconds.toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

/** Waits for the server's "Dashboard rollups up to date in N s" line; returns N. */
async function waitForRollupsLog(server: NextServer): Promise<number> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const match = /Dashboard rollups (up to date in ([\d.]+) s|failed[^\n]*)/.exec(server.output());
    if (match?.[2]) return Number(match[2]);
    if (match) throw new Error(match[0]);
    if (Date.now() > deadline) throw new Error('The rollups did not finish within 10 minutes.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function measure(label: string, url: string): Promise<void> {
  const port = await findFreePort(Number(args.port));
  // --trace-gc: each GC prints the JS heap, which the export figures quote beside the RSS.
  const server = await startNextServer({ port, nodeArgs: ['--trace-gc'], env: { DATABASE_URL: url, FEEDBACK_SECRET: SECRET, ADMIN_PASSWORD: PASSWORD, SITE_URL: `http://127.0.0.1:${port}` } });
  // Sign-in checks the Origin against SITE_URL; the server must have kept the port it was given.
  if (server.url !== `http://127.0.0.1:${port}`) throw new Error(`The server moved to ${server.url}; run again.`);
  try {
    const cookie = await signIn(server.url, PASSWORD);
    // The server rolls up every closed day in the background from its start
    // (instrumentation.ts); meanwhile pages read the days not rolled up yet live.
    console.log(`\n${label}: first requests, while the closed days roll up in the background (ms)`);
    for (const page of ['/admin?period=90d', '/admin', '/admin/searches']) {
      const started = performance.now();
      const response = await fetch(`${server.url}${page}`, { headers: { Cookie: cookie } });
      await response.arrayBuffer();
      console.log(`  ${page.padEnd(44)}${(performance.now() - started).toFixed(0).padStart(8)}  (status ${response.status})`);
    }
    console.log(`  rollups finished ${(await waitForRollupsLog(server)).toFixed(1)} s after the server started`);
    console.log(`\n${label}: time per page over ${requests} sequential requests (ms, after one warm-up)`);
    console.log(`  ${'page'.padEnd(44)}${'p50'.padStart(8)}${'p95'.padStart(8)}`);
    for (const page of PAGES) {
      const { p50, p95 } = percentiles(await timePage(server.url, cookie, page, requests));
      console.log(`  ${page.padEnd(44)}${p50.toFixed(0).padStart(8)}${p95.toFixed(0).padStart(8)}${p95 > 300 ? '  over 300 ms' : ''}`);
    }
    for (const file of args['skip-exports'] ? [] : ['votes', 'searches']) {
      const result = await timeExport(server.url, cookie, `/admin/export/${file}.csv?period=90d`, server);
      const heap = (at: ExportCost['heapPeak']) => (at ? `${at.usedMb.toFixed(0)} MB used / ${at.committedMb.toFixed(0)} MB committed` : 'n/a');
      const growth = result.rssPeakMb - result.rssBeforeMb;
      console.log(
        `  export ${file}.csv (90 days): ${result.rows.toLocaleString('en')} rows in ${result.seconds.toFixed(1)} s\n` +
          `    server RSS ${result.rssBeforeMb.toFixed(0)} MB → peak ${result.rssPeakMb.toFixed(0)} MB: +${growth.toFixed(0)} MB${growth > 100 ? '  over 100 MB' : ''}\n` +
          `    JS heap at the last GC before: ${heap(result.heapBefore)}; most during the export: ${heap(result.heapPeak)}`,
      );
    }
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'resolve-bench-dashboard-'));
try {
  console.log(`bench:dashboard: ${votes.toLocaleString('en')} votes, ${(votes * 2).toLocaleString('en')} search events, 90 days, 10,000 article ids, 3 languages`);
  if (args.only !== 'postgres') {
    const file = args['sqlite-file'] ?? path.join(work, 'dashboard.db');
    await fill('SQLite', file);
    await measure('SQLite', file);
  }
  if (args.only !== 'sqlite' && args['postgres-url']) {
    console.log(`PostgreSQL: ${redactUrl(args['postgres-url'])}`);
    await fill('PostgreSQL', args['postgres-url']);
    await measure('PostgreSQL', args['postgres-url']);
  } else if (args.only !== 'sqlite') {
    const scratch = await createScratchPostgres(POSTGRES_URL, `resolve_dash_${process.pid}`);
    if ('unreachable' in scratch) console.log(`PostgreSQL skipped: ${scratch.unreachable}`);
    else {
      try {
        console.log(`PostgreSQL: ${redactUrl(scratch.url)}`);
        await fill('PostgreSQL', scratch.url);
        await measure('PostgreSQL', scratch.url);
      } finally {
        await scratch.drop();
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
