import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashVisitor } from '@/lib/feedback/visitor';
import { createDatabase } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { type NextServer, startNextServer } from '../../scripts/bench/feedback-server';
import { createVotePlan, type PlannedVote, voteHeaders } from '../../scripts/bench/feedback-votes';
import { expect, test } from './fixtures';
import { ownServerPort } from './own-server';

/*
 * Runs its own `next start` (not the suite's shared server) on a fresh SQLite file, because it
 * kills it. Only HTTP is used, no browser.
 */
const VOTES = 400;
const IN_FLIGHT = 20;
/** The server is killed right after this many 201 answers: well inside the burst. */
const KILL_AFTER_CREATED = 120;
const SECRET = 'durability-e2e-secret-not-for-production';

interface Outcome {
  vote: PlannedVote;
  status?: number;
  id?: number;
  error?: string;
}

async function sendVote(baseUrl: string, vote: PlannedVote): Promise<Outcome> {
  try {
    const response = await fetch(`${baseUrl}/api/feedback`, {
      method: 'POST',
      headers: voteHeaders(vote),
      body: JSON.stringify(vote.body),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { id?: unknown };
    return { vote, status: response.status, ...(typeof body.id === 'number' ? { id: body.id } : {}) };
  } catch (error) {
    // Connection reset or refused by the killed server: the vote was never confirmed.
    return { vote, error: String(error) };
  }
}

/** Sends votes with IN_FLIGHT at a time and SIGKILLs the server mid-burst; returns every outcome. */
async function burstAndKill(server: NextServer, plan: (index: number) => PlannedVote) {
  const outcomes: Outcome[] = [];
  let next = 0;
  let created = 0;
  let inFlight = 0;
  let inFlightAtKill: number | undefined;
  const sendUntilKilled = async () => {
    while (inFlightAtKill === undefined && next < VOTES) {
      const vote = plan(next++);
      inFlight += 1;
      const outcome = await sendVote(server.url, vote);
      inFlight -= 1;
      outcomes.push(outcome);
      if (outcome.status === 201 && ++created === KILL_AFTER_CREATED) {
        inFlightAtKill = inFlight;
        process.kill(server.pid, 'SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sendUntilKilled));
  return { outcomes, inFlightAtKill };
}

/** Votes answered 201 whose row is missing, or holds another article, anchor or visitor. */
async function findLostVotes(db: FeedbackDatabase, confirmed: Outcome[]): Promise<string[]> {
  const ids = confirmed.map((outcome) => outcome.id ?? -1);
  const rows = await db.selectFrom('votes').select(['id', 'article_id', 'anchor', 'visitor', 'day']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return confirmed.flatMap(({ vote, id }) => {
    const row = id === undefined ? undefined : byId.get(id);
    const visitor = row && hashVisitor({ ip: vote.address, userAgent: vote.userAgent, secret: SECRET, day: row.day });
    const intact = row && row.article_id === vote.body.articleId && row.anchor === (vote.body.anchor ?? '') && row.visitor === visitor;
    return intact ? [] : [`vote #${vote.index} on ${vote.body.articleId} answered 201 with id ${id}: ${row ? `row holds ${row.article_id}` : 'not stored'}`];
  });
}

test('every vote answered 201 is stored after the server is killed mid-burst and restarted', async ({}, testInfo) => {
  test.setTimeout(90_000); // two server starts on a loaded machine; usually done in ~5 s
  const dir = mkdtempSync(path.join(tmpdir(), 'resolve-durability-'));
  // TRUST_PROXY_HOPS=1: the test acts as the proxy and names each simulated visitor's address.
  const env = { DATABASE_URL: path.join(dir, 'votes.db'), FEEDBACK_SECRET: SECRET, TRUST_PROXY_HOPS: '1' };
  const port = await ownServerPort(testInfo);
  const plan = createVotePlan({ visitors: 10_000, seed: Date.now() });
  let restarted: NextServer | undefined;
  // Opened only after the kill, so the file is read as a fresh process finds it.
  let db: FeedbackDatabase | undefined;
  try {
    const server = await startNextServer({ port, env });
    const { outcomes, inFlightAtKill } = await burstAndKill(server, plan);
    expect(await server.exited).toBe('signal SIGKILL');
    expect(inFlightAtKill, 'votes still in flight when the server was killed').toBeGreaterThan(0);
    const confirmed = outcomes.filter((outcome) => outcome.status === 201);
    expect(confirmed.length).toBeGreaterThanOrEqual(KILL_AFTER_CREATED);
    expect(outcomes.filter((outcome) => outcome.status !== undefined && outcome.status !== 201)).toEqual([]);

    restarted = await startNextServer({ port, env });
    const ids = confirmed.map((outcome) => outcome.id ?? -1);
    const idOf = new Map(confirmed.map(({ vote, id }) => [vote.index, id]));
    const countedTwice = confirmed.filter(({ vote, id }) => vote.changesMindOf !== undefined && idOf.has(vote.changesMindOf) && idOf.get(vote.changesMindOf) !== id);
    expect(countedTwice, 'a visitor changing their mind updates their vote').toEqual([]);
    const afterRestart = await sendVote(restarted.url, plan(VOTES));
    expect(afterRestart.status, afterRestart.error).toBe(201);
    expect(afterRestart.id, 'a new vote after the restart gets a new id').toBeGreaterThan(Math.max(...ids));

    db = createDatabase({ url: env.DATABASE_URL });
    expect(await findLostVotes(db, confirmed)).toEqual([]);
  } finally {
    await restarted?.stop();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
