import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseConfigError, DEFAULT_SQLITE_FILE, resolveSqliteFile } from '@/lib/storage/create-database';
import { migrateToLatest } from '@/lib/storage/migrations';
import { openTestDatabase, TEST_DATABASE_TARGETS, type TestDatabase } from './helpers/db';

describe.each(TEST_DATABASE_TARGETS)('storage migrations on $label', (target) => {
  let opened: TestDatabase | undefined;

  afterEach(async () => {
    await opened?.cleanup();
    opened = undefined;
  });

  it('creates the feedback tables on a fresh database and does nothing the second time', async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    opened = await openTestDatabase(target);
    expect(await migrateToLatest(opened.db)).toEqual(['0001_create_votes', '0002_create_search_events', '0003_create_limits', '0004_create_comment_moderation', '0005_dashboard_indexes', '0006_dashboard_rollups', '0007_record_vote_function', '0008_index_tuning']);
    expect(await migrateToLatest(opened.db)).toEqual([]);

    const tables = (await opened.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(['votes', 'search_events', 'rate_limits', 'address_days']));
    await expect(opened.db.selectFrom('votes').selectAll().execute()).resolves.toEqual([]);
  });

  it('applies each migration once when two app servers start at the same time', async (ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
    opened = await openTestDatabase(target);
    const servers = [opened.db, opened.connectAgain(), opened.connectAgain()];

    const applied = await Promise.all(servers.map((db) => migrateToLatest(db)));

    expect(applied.flat().sort()).toEqual(['0001_create_votes', '0002_create_search_events', '0003_create_limits', '0004_create_comment_moderation', '0005_dashboard_indexes', '0006_dashboard_rollups', '0007_record_vote_function', '0008_index_tuning']);
    const tables = (await opened.db.introspection.getTables()).map((table) => table.name);
    expect(tables.filter((name) => name === 'votes')).toHaveLength(1);
  });
});

describe('choosing the SQLite file from DATABASE_URL', () => {
  it('uses data/resolve.db when DATABASE_URL is unset or empty', () => {
    expect(resolveSqliteFile(undefined)).toBe(DEFAULT_SQLITE_FILE);
    expect(resolveSqliteFile('  ')).toBe(DEFAULT_SQLITE_FILE);
  });

  it('accepts a plain path and file: or sqlite: URLs', () => {
    expect(resolveSqliteFile('/var/lib/resolve/feedback.db')).toBe('/var/lib/resolve/feedback.db');
    expect(resolveSqliteFile('file:./data/other.db')).toBe('./data/other.db');
    expect(resolveSqliteFile('sqlite:///var/lib/resolve.db')).toBe('/var/lib/resolve.db');
  });

  it('refuses a URL of another database instead of creating a strangely named file', () => {
    expect(() => resolveSqliteFile('mysql://root:secret@db/resolve')).toThrow(DatabaseConfigError);
    expect(() => resolveSqliteFile('mysql://root:secret@db/resolve')).not.toThrow(/secret/);
  });
});
