import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getGroupCommit } from '@/lib/storage/group-commit';

describe('SQLite group commit', () => {
  let dir: string;
  let file: string;
  let sqlite: SqliteDatabase.Database;
  let other: SqliteDatabase.Database;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'resolve-group-commit-'));
    file = path.join(dir, 'test.db');
    sqlite = new SqliteDatabase(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 0');
    sqlite.exec('create table t (x integer primary key)');
    // Another process's view of the file: it sees committed rows only.
    other = new SqliteDatabase(file);
    other.pragma('busy_timeout = 0');
  });

  afterEach(() => {
    other.close();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (x: number) => () => sqlite.prepare('insert into t (x) values (?)').run(x).changes;
  const committed = () => (other.prepare('select x from t order by x').all() as Array<{ x: number }>).map((row) => row.x);

  it('runs the writes of one event-loop turn in one transaction and settles each only after it committed', async () => {
    const seenByOthers: number[][] = [];
    const first = getGroupCommit(sqlite).run(insert(1));
    const second = getGroupCommit(sqlite).run(() => {
      // Inside the batch, the first write is not yet visible to other connections.
      seenByOthers.push(committed());
      return insert(2)();
    });
    const settled = await Promise.all([first.then(() => committed()), second]);
    expect(seenByOthers).toEqual([[]]);
    expect(settled[0]).toEqual([1, 2]);
  });

  it('rolls back and rejects only the write that threw, and commits the others of its batch', async () => {
    const outcomes = await Promise.allSettled([
      getGroupCommit(sqlite).run(insert(1)),
      getGroupCommit(sqlite).run(() => {
        insert(2)();
        throw new RangeError('refused');
      }),
      getGroupCommit(sqlite).run(insert(3)),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual([1, 3]);
  });

  it('rejects every write of a batch with SQLITE_BUSY while another connection holds the write lock, without waiting, and recovers', async () => {
    other.exec('begin immediate');
    const started = Date.now();
    const outcomes = await Promise.allSettled([getGroupCommit(sqlite).run(insert(1)), getGroupCommit(sqlite).run(insert(2))]);
    expect(Date.now() - started).toBeLessThan(500);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? (outcome.reason as { code?: string }).code : 'stored'))).toEqual(['SQLITE_BUSY', 'SQLITE_BUSY']);
    other.exec('rollback');
    await getGroupCommit(sqlite).run(insert(4));
    expect(committed()).toEqual([4]);
  });

  it('waits for a transaction another caller opened on the same connection instead of joining it', async () => {
    sqlite.exec('begin');
    sqlite.prepare('insert into t (x) values (?)').run(9);
    const write = getGroupCommit(sqlite).run(insert(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    sqlite.exec('rollback');
    await write;
    expect(committed()).toEqual([1]);
  });
});
