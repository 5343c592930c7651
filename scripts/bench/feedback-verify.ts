/*
 * Checks the feedback database against a load test's ledger: every vote answered 2xx is stored
 * exactly once, in the row whose id the answer gave, for the right visitor, article and anchor,
 * with the content of that visitor's last answered vote (a change of mind updates the row); and
 * every other row comes from a request that was still unanswered when the load stopped.
 */
import { hashVisitor } from '@/lib/feedback/visitor';
import type { FeedbackDatabase, VoteRow } from '@/lib/storage/database';
import type { VoteAnswer, VoteLedger } from './feedback-load';
import type { PlannedVote } from './feedback-votes';

/** What {@link verifyDurability} found. */
export interface DurabilityReport {
  /** Answers with a 2xx status. */
  answered: number;
  /** 2xx answers whose vote is stored exactly once, as answered. */
  storedOnce: number;
  /** Distinct (visitor, article, anchor) entries that got a 2xx answer. */
  answeredEntries: number;
  /** Second votes on an entry, sent after the first was answered, that updated its row. */
  changesOfMind: number;
  /** Rows in the votes table. */
  rows: number;
  /** Requests sent but never answered (in flight when the load stopped, or timed out). */
  unanswered: number;
  /** Rows stored for such unanswered requests. */
  storedUnanswered: number;
  /** Up to 20 problems, described for a person; `problemCount` has the total. */
  problems: string[];
  problemCount: number;
}

interface Entry {
  ids: Set<number>;
  last: PlannedVote;
  lastAnswer: VoteAnswer;
  indexes: number[];
  /** Two votes were in flight at once, so which the server applied last is unknown. */
  overlapped: boolean;
}

const entryKey = (visitor: string, vote: PlannedVote) => `${visitor}\t${vote.body.articleId}\t${vote.body.anchor ?? ''}`;
const rowKey = (row: VoteRow) => `${row.visitor}\t${row.article_id}\t${row.anchor}`;
const isSuccess = (answer: VoteAnswer) => answer.status >= 200 && answer.status < 300;

function describeWrongRow(row: VoteRow, vote: PlannedVote, visitor: string): string | undefined {
  const fields: Array<[string, unknown, unknown]> = [
    ['visitor', row.visitor, visitor],
    ['article_id', row.article_id, vote.body.articleId],
    ['anchor', row.anchor, vote.body.anchor ?? ''],
  ];
  const wrong = fields.filter(([, actual, wanted]) => actual !== wanted).map(([field]) => field);
  return wrong.length > 0 ? `row ${row.id} has another ${wrong.join(', ')} than request #${vote.index} answered with its id` : undefined;
}

function describeEntryTrouble(entry: Entry, row: VoteRow | undefined, rowsWithKey: number): string | undefined {
  if (entry.ids.size > 1) return `one visitor's votes on one entry got ${entry.ids.size} ids (${[...entry.ids].join(', ')})`;
  if (!row) return undefined;
  if (rowsWithKey > 1) return `${rowsWithKey} rows share the key of row ${row.id}`;
  if (row.revision < entry.indexes.length) return `row ${row.id} has revision ${row.revision} after ${entry.indexes.length} answered votes`;
  if (entry.overlapped) return undefined;
  const body = entry.last.body;
  const same = row.locale === body.locale && row.resolved === (body.resolved ? 1 : 0) && row.reason === (body.reason ?? null) && row.comment === (body.comment ?? null);
  return same ? undefined : `row ${row.id} does not hold the last answered vote (request #${entry.last.index})`;
}

/**
 * Compares the votes table with the ledger of a load test against a server that used `secret`
 * as FEEDBACK_SECRET (needed to recompute visitor hashes).
 */
export async function verifyDurability(db: FeedbackDatabase, ledger: VoteLedger, secret: string): Promise<DurabilityReport> {
  const rows = await db.selectFrom('votes').selectAll().execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const rowsPerKey = new Map<string, number>();
  for (const row of rows) rowsPerKey.set(rowKey(row), (rowsPerKey.get(rowKey(row)) ?? 0) + 1);
  const visitorOf = (vote: PlannedVote, day: string) => hashVisitor({ ip: vote.address, userAgent: vote.userAgent, secret, day });
  const problems: string[] = [];
  const failed = new Set<number>();
  const fail = (indexes: number[], text: string) => {
    problems.push(text);
    for (const index of indexes) failed.add(index);
  };

  const entries = new Map<string, Entry>();
  let changesOfMind = 0;
  for (const answer of ledger.answers.filter(isSuccess)) {
    const vote = ledger.sent.get(answer.index);
    const row = answer.id === undefined ? undefined : byId.get(answer.id);
    if (!vote || !row) {
      fail([answer.index], `request #${answer.index} got ${answer.status} with id ${answer.id ?? 'none'}, but no such row is stored`);
      continue;
    }
    const visitor = visitorOf(vote, row.day);
    const wrongRow = describeWrongRow(row, vote, visitor);
    if (wrongRow) {
      fail([answer.index], wrongRow);
      continue;
    }
    const key = entryKey(visitor, vote);
    const entry = entries.get(key);
    if (!entry) {
      entries.set(key, { ids: new Set([row.id]), last: vote, lastAnswer: answer, indexes: [answer.index], overlapped: false });
      continue;
    }
    const sequential = vote.index >= entry.lastAnswer.sentBefore;
    if (sequential && answer.updated) changesOfMind += 1;
    if (sequential && !answer.updated) fail([answer.index], `request #${vote.index} changed a stored vote but was answered updated: false`);
    entry.overlapped ||= !sequential;
    entry.last = vote;
    entry.lastAnswer = answer;
    entry.ids.add(row.id);
    entry.indexes.push(answer.index);
  }

  const answeredIndexes = new Set(ledger.answers.map((answer) => answer.index));
  const days = [...new Set(rows.map((row) => row.day))];
  const unansweredKeys = new Set<string>();
  for (const vote of ledger.sent.values()) {
    if (!answeredIndexes.has(vote.index)) for (const day of days) unansweredKeys.add(entryKey(visitorOf(vote, day), vote));
  }
  const answeredIds = new Set<number>();
  for (const [key, entry] of entries) {
    for (const id of entry.ids) answeredIds.add(id);
    // A request cut off unanswered may have changed the row after the last answered one.
    entry.overlapped ||= unansweredKeys.has(key);
    const trouble = describeEntryTrouble(entry, byId.get([...entry.ids][0] ?? -1), rowsPerKey.get(key) ?? 0);
    if (trouble) fail(entry.indexes, trouble);
  }
  let storedUnanswered = 0;
  for (const row of rows) {
    if (answeredIds.has(row.id)) continue;
    if (unansweredKeys.has(rowKey(row))) storedUnanswered += 1;
    else fail([], `row ${row.id} (${row.article_id}) matches no request that was answered 2xx or left unanswered`);
  }

  const successes = ledger.answers.filter(isSuccess);
  return {
    answered: successes.length,
    storedOnce: successes.filter((answer) => !failed.has(answer.index)).length,
    answeredEntries: entries.size,
    changesOfMind,
    rows: rows.length,
    unanswered: ledger.sent.size - answeredIndexes.size,
    storedUnanswered,
    problems: problems.slice(0, 20),
    problemCount: problems.length,
  };
}
