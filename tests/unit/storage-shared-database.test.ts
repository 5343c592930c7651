import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseConfigError } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { getSharedDatabase } from '@/lib/storage/shared-database';

/** Forgets and closes the process's shared database, so each test opens its own (the server never needs this). */
async function closeSharedDatabase(): Promise<void> {
  const key = Symbol.for('resolve.sharedFeedbackDatabase');
  const holder = globalThis as Record<symbol, { ready: Promise<FeedbackDatabase> } | undefined>;
  const existing = holder[key];
  delete holder[key];
  const db = await existing?.ready.catch(() => undefined);
  await db?.destroy();
}

describe('sharing one feedback database per server process', () => {
  let dir: string | undefined;
  afterEach(async () => {
    await closeSharedDatabase();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens and migrates the database once, however many requests ask for it at once', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'resolve-shared-'));
    const url = path.join(dir, 'data', 'resolve.db');
    const [first, second] = await Promise.all([getSharedDatabase(url), getSharedDatabase(url)]);

    expect(first).toBe(second);
    await expect(first.selectFrom('votes').selectAll().execute()).resolves.toEqual([]);
  });

  it('refuses to switch to another database within the same process', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'resolve-shared-'));
    await getSharedDatabase(path.join(dir, 'one.db'));
    expect(() => getSharedDatabase(path.join(dir ?? '', 'two.db'))).toThrow(DatabaseConfigError);
  });

  it('reports a database that cannot be opened and tries again on the next call', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'resolve-shared-'));
    const broken = getSharedDatabase('mysql://nowhere/resolve');
    await expect(broken).rejects.toThrow(/neither postgres:\/\/ nor a SQLite file path/);

    const url = path.join(dir, 'resolve.db');
    await expect(getSharedDatabase(url)).resolves.toBeDefined();
  });
});
