import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASE_TARGETS, useMigratedTestDatabase, type TestDatabase } from './helpers/db';

const KILL_AFTER_ACKNOWLEDGED = 300;

/** Records votes from 8 concurrent loops and prints each id once `recordVote` resolved. */
const moduleUrl = (file: string): string => JSON.stringify(new URL(`../../lib/${file}`, import.meta.url).href);
const WRITER = `
import { createDatabase } from ${moduleUrl('storage/create-database.ts')};
import { recordVote } from ${moduleUrl('feedback/record.ts')};
const db = createDatabase({ url: process.env.WRITER_URL, schema: process.env.WRITER_SCHEMA || undefined });
let next = 0;
const vote = { articleId: 'reset-password', locale: 'en', resolved: false, reason: 'unclear', comment: 'x'.repeat(500) };
async function loop() {
  for (;;) {
    const { id } = await recordVote(db, vote, 'visitor-' + next++);
    process.stdout.write(id + '\\n');
  }
}
for (let i = 0; i < 8; i++) loop();
`;

/** Runs the writer, SIGKILLs it once enough votes were acknowledged, returns their ids. */
function writeUntilKilled(connection: TestDatabase['connection']): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', WRITER], {
      env: { ...process.env, WRITER_URL: connection.url, WRITER_SCHEMA: connection.schema ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: number[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      acknowledged.push(Number(line));
      if (acknowledged.length === KILL_AFTER_ACKNOWLEDGED) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`The writer exited before it was killed:\n${stderr}`));
    });
  });
}

describe.each(TEST_DATABASE_TARGETS)('durability of recorded votes on $label', (target) => {
  const test = useMigratedTestDatabase(target);
  beforeEach((ctx) => {
    if (target.skipReason) ctx.skip(target.skipReason);
  });

  it('keeps every acknowledged vote when the writing process is killed with SIGKILL', async () => {
    const acknowledged = await writeUntilKilled(test.connection);

    // A fresh connection, as a restarted server would open, sees every acknowledged vote.
    const reopened = test.connectAgain();
    const stored = await reopened.selectFrom('votes').select('id').execute();
    const storedIds = new Set(stored.map((row) => Number(row.id)));
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
  });
});
