import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, getDatabaseInfo } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { migrateToLatest } from '@/lib/storage/migrations';

describe('SQLite checkpoints on a worker thread', () => {
  let dir: string | undefined;
  let db: FeedbackDatabase | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(backgroundCheckpoints: boolean) {
    dir = await mkdtemp(path.join(tmpdir(), 'resolve-checkpoints-'));
    const file = path.join(dir, 'resolve.db');
    db = createDatabase({ url: file, sqliteBusyTimeoutMs: 0, sqliteBackgroundCheckpoints: backgroundCheckpoints });
    await migrateToLatest(db);
    const sqlite = getDatabaseInfo(db).sqlite;
    if (!sqlite) throw new Error('not SQLite');
    return { file, sqlite };
  }

  it('copies committed pages into the database file while the writer never checkpoints on commit', async () => {
    const { file, sqlite } = await open(true);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    const insert = sqlite.prepare('insert into rate_limits (bucket, window_start, hits) values (?, ?, 1)');
    sqlite.transaction(() => {
      for (let index = 0; index < 5000; index += 1) insert.run(`votes:${index.toString().padStart(40, '0')}`, index);
    })();
    const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
    const pages = Number(sqlite.pragma('page_count', { simple: true }));

    await expect.poll(() => statSync(file).size, { timeout: 10_000 }).toBeGreaterThanOrEqual(pages * pageSize);
    expect(sqlite.prepare('select count(*) as n from rate_limits').get()).toEqual({ n: 5000 });
  });

  it('leaves scripts and tests with SQLite’s own checkpoints on commit', async () => {
    const { sqlite } = await open(false);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
