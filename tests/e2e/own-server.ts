import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import { createDatabase } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { findFreePort, type NextServer, startNextServer } from '../../scripts/bench/feedback-server';

/** Secret of the servers these tests start themselves, so a test can recompute visitor hashes. */
export const OWN_SERVER_SECRET = 'own-server-e2e-secret-not-for-production';

/**
 * First port to try for a server a spec starts itself: above the suite's E2E_PORT, apart per
 * worker, so parallel workers rarely race for one port (startNextServer moves on if they do).
 */
export function ownServerPort(testInfo: TestInfo, slot = 0): Promise<number> {
  return findFreePort(Number(process.env.E2E_PORT ?? 3100) + 1 + testInfo.parallelIndex * 4 + slot);
}

/** A `next start` of its own on a fresh SQLite file in a temporary folder. */
export interface OwnServer {
  server: NextServer;
  file: string;
  dir: string;
  /** A connection to the same file, for checking what was stored. */
  db: FeedbackDatabase;
  close(): Promise<void>;
}

/** Starts `next start` on a fresh SQLite file with `env` added (TRUST_PROXY_HOPS, caps, …). */
export async function startOwnSqliteServer(testInfo: TestInfo, env: Record<string, string> = {}): Promise<OwnServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'resolve-own-server-'));
  const file = path.join(dir, 'votes.db');
  const server = await startNextServer({ port: await ownServerPort(testInfo), env: { DATABASE_URL: file, FEEDBACK_SECRET: OWN_SERVER_SECRET, ...env } });
  const db = createDatabase({ url: file });
  return {
    server,
    file,
    dir,
    db,
    async close() {
      await server.stop();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
