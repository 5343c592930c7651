/*
 * A throwaway PostgreSQL database for one benchmark run, created next to the database that
 * the admin URL names and dropped afterwards.
 */
import pg from 'pg';

/** A database created for this run. */
export interface ScratchPostgres {
  /** DATABASE_URL for the server. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function runAsAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');
}

/**
 * Creates database `name` (lower-case letters, digits and `_`) on the server of `adminUrl`.
 * Resolves to `{ unreachable }` with the reason when that fails (server down, no right to
 * create databases), so callers can skip PostgreSQL.
 */
export async function createScratchPostgres(adminUrl: string, name: string): Promise<ScratchPostgres | { unreachable: string }> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new RangeError(`createScratchPostgres: "${name}" is not a plain database name.`);
  try {
    await runAsAdmin(adminUrl, `create database ${name}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { unreachable: `cannot create a database through ${redactUrl(adminUrl)}: ${reason}` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // WITH (FORCE) (PostgreSQL 13+) also ends connections a killed server may have left behind.
    drop: () => runAsAdmin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
