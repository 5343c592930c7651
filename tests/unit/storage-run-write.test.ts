import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@/lib/storage/create-database';
import { migrateToLatest } from '@/lib/storage/migrations';
import { createDeadline, DatabaseUnavailableError, runWrite } from '@/lib/storage/run-write';

const dir = mkdtempSync(path.join(tmpdir(), 'resolve-run-write-'));
const file = path.join(dir, 'votes.db');
const holder = createDatabase({ url: file });
const server = createDatabase({ url: file, sqliteBusyTimeoutMs: 0 });
afterAll(async () => {
  await holder.destroy();
  await server.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const insert = () => sql`insert into address_days (address, day, new_votes) values (${`a${Math.random()}`}, '2026-12-01', 1)`.execute(server);

describe('writing while another connection holds the SQLite write lock', () => {
  it('retries on a timer, keeps the event loop free, and gives up with DatabaseUnavailableError at the deadline', async () => {
    await migrateToLatest(holder);
    await sql`begin immediate`.execute(holder);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    const started = performance.now();
    try {
      await expect(runWrite(createDeadline(300), insert)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    } finally {
      clearInterval(ticker);
    }
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1_000);
    // A blocked event loop would not have run the 10 ms timer during the wait.
    expect(ticks).toBeGreaterThan(10);
    await sql`rollback`.execute(holder);
  });

  it('succeeds as soon as the lock is released within the deadline', async () => {
    await sql`begin immediate`.execute(holder);
    setTimeout(() => void sql`rollback`.execute(holder), 100);
    await expect(runWrite(createDeadline(1_500), insert)).resolves.toBeDefined();
  });

  it('passes domain errors through unchanged and wraps other failures', async () => {
    class Refused extends Error {}
    await expect(runWrite(createDeadline(500), () => Promise.reject(new Refused('no')), (error) => error instanceof Refused)).rejects.toBeInstanceOf(Refused);
    await expect(runWrite(createDeadline(500), () => Promise.reject(new Error('disk gone')))).rejects.toThrow(/disk gone/);
  });
});
