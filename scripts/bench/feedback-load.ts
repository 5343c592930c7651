/*
 * Drives `POST /api/feedback` (and the do-nothing `POST /api/baseline` it is compared with)
 * with autocannon, keeping a ledger of every vote sent and every answer received, so the
 * database can be checked against it afterwards.
 */
import autocannon from 'autocannon';
import { readProcessCpuSeconds } from './feedback-report';
import { type PlannedVote, voteHeaders } from './feedback-votes';

/** One answer of the server to a planned vote. */
export interface VoteAnswer {
  index: number;
  /** Requests sent when this answer arrived: request `n` was sent after it iff `n >= sentBefore`. */
  sentBefore: number;
  status: number;
  /** Stored row id from a 2xx answer's `{ id, updated }`. */
  id?: number;
  updated?: boolean;
}

/** Everything sent (by request index) and every answer, in the order they arrived. */
export interface VoteLedger {
  sent: Map<number, PlannedVote>;
  answers: VoteAnswer[];
  /** Index of the next request to plan. */
  next: number;
}

/** An empty ledger. */
export function createLedger(): VoteLedger {
  return { sent: new Map(), answers: [], next: 0 };
}

/** The route a load drives: votes (recorded in the ledger) or the do-nothing baseline. */
export type LoadRoute = 'vote' | 'baseline';

const PATHS: Record<LoadRoute, string> = { vote: '/api/feedback', baseline: '/api/baseline' };

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  plan: (index: number) => PlannedVote;
  /** Votes are planned from and recorded in this ledger; the baseline only borrows its plan. */
  ledger: VoteLedger;
}

/** Figures of one route over one or more slices of load. */
export interface LoadSummary {
  /** Seconds the route was driven, summed over its slices. */
  seconds: number;
  responses: number;
  requestsPerSecond: number;
  /** Latency of each answered request, ms: median, 99th percentile, largest. */
  p50: number;
  p99: number;
  max: number;
  ok: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** CPU seconds the server process used while this route was driven. */
  serverCpuSeconds: number;
}

function readAnswer(answer: Omit<VoteAnswer, 'id' | 'updated'>, body: string): VoteAnswer {
  if (answer.status < 200 || answer.status >= 300) return answer;
  try {
    const parsed = JSON.parse(body) as { id?: unknown; updated?: unknown };
    return typeof parsed.id === 'number' && typeof parsed.updated === 'boolean' ? { ...answer, id: parsed.id, updated: parsed.updated } : answer;
  } catch {
    return answer;
  }
}

interface Slice {
  result: autocannon.Result;
  latencies: number[];
}

/**
 * Runs autocannon against one route for `seconds` with pipelining 1, every request a new
 * planned vote. For votes, each request is recorded in the ledger when built and again when
 * answered (with pipelining 1 a connection has one request in flight, so its context names
 * the request being answered); the baseline gets the same bodies and headers, unrecorded.
 */
function runSlice(route: LoadRoute, options: LoadOptions, baselineCounter: { next: number }): Promise<Slice> {
  const { ledger, plan } = options;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: PATHS[route],
            setupRequest: (request, context) => {
              const vote = route === 'vote' ? plan(ledger.next++) : plan(baselineCounter.next++);
              if (route === 'vote') {
                ledger.sent.set(vote.index, vote);
                context.index = vote.index;
              }
              return { ...request, headers: voteHeaders(vote), body: JSON.stringify(vote.body) };
            },
            onResponse: (status, body, context) => {
              if (route !== 'vote' || typeof context.index !== 'number') return;
              ledger.answers.push(readAnswer({ index: context.index, sentBefore: ledger.next, status }, body));
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

function summarize(slices: Slice[], serverCpuSeconds: number): LoadSummary {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const seconds = slices.reduce((sum, slice) => sum + slice.result.duration, 0);
  const statusCounts: Record<string, number> = {};
  for (const { result } of slices) {
    for (const [status, { count }] of Object.entries(result.statusCodeStats)) statusCounts[status] = (statusCounts[status] ?? 0) + count;
  }
  const total = (pick: (result: autocannon.Result) => number) => slices.reduce((sum, slice) => sum + pick(slice.result), 0);
  return {
    seconds,
    responses: latencies.length,
    requestsPerSecond: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    ok: total((result) => result['2xx']),
    non2xx: total((result) => result.non2xx),
    statusCounts,
    errors: total((result) => result.errors),
    timeouts: total((result) => result.timeouts),
    serverCpuSeconds,
  };
}

/**
 * Drives the baseline and the vote route alternately in slices of `sliceSeconds` (baseline
 * first in even rounds, votes first in odd ones) until each has had `seconds`, and sums each
 * route's slices. Interleaving makes both see the same machine: on a shared host the load of
 * other processes drifts over tens of seconds, which skews two back-to-back runs' ratio.
 * @param serverPid the server, whose CPU time is charged to the route being driven
 */
export async function runInterleavedLoad(
  options: LoadOptions & { sliceSeconds: number; serverPid: number },
): Promise<{ vote: LoadSummary; baseline: LoadSummary }> {
  const rounds = Math.max(1, Math.round(options.seconds / options.sliceSeconds));
  const sliceSeconds = Math.max(1, Math.round(options.seconds / rounds));
  const slices: Record<LoadRoute, Slice[]> = { vote: [], baseline: [] };
  const cpu: Record<LoadRoute, number> = { vote: 0, baseline: 0 };
  const baselineCounter = { next: 0 };
  for (let round = 0; round < rounds; round += 1) {
    const order: LoadRoute[] = round % 2 === 0 ? ['baseline', 'vote'] : ['vote', 'baseline'];
    for (const route of order) {
      const before = readProcessCpuSeconds(options.serverPid);
      slices[route].push(await runSlice(route, { ...options, seconds: sliceSeconds }, baselineCounter));
      cpu[route] += readProcessCpuSeconds(options.serverPid) - before;
    }
  }
  return { vote: summarize(slices.vote, cpu.vote), baseline: summarize(slices.baseline, cpu.baseline) };
}

/** Warm-up: JIT, connections and migrations; the votes go to the ledger and are checked too. */
export async function warmUp(options: LoadOptions): Promise<void> {
  const baselineCounter = { next: 0 };
  await runSlice('baseline', options, baselineCounter);
  await runSlice('vote', options, baselineCounter);
}
