/*
 * Drives `POST /api/feedback` with autocannon and keeps a ledger of every request sent and
 * every answer received, so the database can be checked against it afterwards.
 */
import autocannon from 'autocannon';
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

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  plan: (index: number) => PlannedVote;
  ledger: VoteLedger;
}

/** An empty ledger. */
export function createLedger(): VoteLedger {
  return { sent: new Map(), answers: [], next: 0 };
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

/**
 * Runs autocannon against `/api/feedback` for `seconds` with pipelining 1: each request is a
 * new planned vote, recorded in the ledger when built and again when answered. With pipelining
 * 1 a connection has one request in flight, so its context names the request being answered.
 */
export function runVoteLoad(options: LoadOptions): Promise<autocannon.Result> {
  const { ledger, plan } = options;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/feedback',
            setupRequest: (request, context) => {
              const vote = plan(ledger.next);
              ledger.next += 1;
              ledger.sent.set(vote.index, vote);
              context.index = vote.index;
              return { ...request, headers: voteHeaders(vote), body: JSON.stringify(vote.body) };
            },
            onResponse: (status, body, context) => {
              if (typeof context.index !== 'number') return;
              ledger.answers.push(readAnswer({ index: context.index, sentBefore: ledger.next, status }, body));
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/**
 * Runs autocannon against the do-nothing `POST /api/baseline` with the same bodies and headers
 * as the vote load, for the ratios the bench prints.
 */
export function runBaselineLoad(options: Omit<LoadOptions, 'ledger'>): Promise<autocannon.Result> {
  let next = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/baseline',
            setupRequest: (request) => {
              const vote = options.plan(next++);
              return { ...request, headers: voteHeaders(vote), body: JSON.stringify(vote.body) };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}
