import { type ExpressionBuilder, type JoinBuilder, sql } from 'kysely';
import type { Database, FeedbackDatabase } from '../storage/database';
import type { ReportOptions, TimeSpan } from './report-helpers';

/**
 * Daily rollups of the dashboard's reports.
 *
 * A UTC day is *closed* {@link ROLLUP_GRACE_MS} after it ends (until then it is open, like
 * today). Nothing on a closed day can change any more: a vote can only be changed by its visitor
 * on the day it was cast (the unique key holds the day, and visitor hashes change
 * daily), a search can only be updated (its opened result) by the visitor hash that made it, and
 * a search can only end in a Yes or a No of that same visitor hash, so on the same day. A vote
 * counts on the day of its last change (`updated_at`), as in the live reports.
 *
 * The reports read whole closed days of their period from the rollup tables and the rest (open
 * days, and the parts of days at the period's edges) from the raw tables, and add the two.
 * Closed days are rolled up at server start (`instrumentation.ts`) and by the first report that
 * needs them, newest first, one transaction per day, recorded in `rollup_days`; a report waits
 * for that at most {@link ROLLUP_WAIT_MS} and reads the days not rolled up yet live. The
 * figures equal the live queries' (tests compare both).
 * Rows written into a closed day later (a server whose clock is more than an hour behind, a
 * restore of old rows) are not counted until the day's rollup is removed from `rollup_days`
 * and the rollup tables.
 */
export const ROLLUP_GRACE_MS = 3_600_000;

const DAY_MS = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const startOfDay = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** How a report reads its period: whole closed days from the rollups, the rest live. */
export interface RollupPlan {
  /** Closed days read from the rollups, `from` included (open when undefined), `to` excluded. */
  rolled?: { from?: string; to: string };
  /** The rest, to read from the raw tables (pass as `spans`). */
  live: TimeSpan[];
}

/** Splits a report's period into rolled-up closed days and live spans (pure; see {@link prepareRollups}). */
export function planRollups(options: ReportOptions): RollupPlan {
  const whole: TimeSpan = { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) };
  if (options.live || options.articleId) return { live: [whole] };
  const now = (options.now ?? new Date()).getTime();
  const closedEnd = startOfDay(now - ROLLUP_GRACE_MS);
  const since = options.since?.getTime();
  const until = options.until?.getTime();
  const from = since === undefined ? undefined : Math.ceil(since / DAY_MS) * DAY_MS;
  const to = Math.min(until === undefined ? closedEnd : startOfDay(until), closedEnd);
  if (from !== undefined && from >= to) return { live: [whole] };
  const live: TimeSpan[] = [];
  if (since !== undefined && from !== undefined && since < from) live.push({ since: options.since, until: new Date(from) });
  if (until === undefined || until > to) live.push({ since: new Date(to), ...(options.until ? { until: options.until } : {}) });
  return { rolled: { ...(from === undefined ? {} : { from: dayOf(from) }), to: dayOf(to) }, live };
}

/**
 * How long a report waits for its closed days to be rolled up. Past it the rollup goes on in
 * the background and the report reads the days not rolled up yet from the raw tables (the same
 * figures, slower), so the first request on months of unrolled data does not wait for all of it.
 */
export const ROLLUP_WAIT_MS = 250;

interface RollUpJob {
  from: string | undefined;
  to: string;
  done: Promise<void>;
}
const inflight = new WeakMap<FeedbackDatabase, Set<RollUpJob>>();

/**
 * Rolls up the closed days in [from, to), or joins a run that covers them (two runs over the
 * same days would wait on each other's claim of every day).
 */
function startRollUp(db: FeedbackDatabase, from: string | undefined, to: string): Promise<void> {
  let running = inflight.get(db);
  if (!running) inflight.set(db, (running = new Set()));
  for (const job of running) {
    if ((job.from === undefined || (from !== undefined && job.from <= from)) && job.to >= to) return job.done;
  }
  // Stamped with the real time (not `options.now`): cached totals of rolled days key on it.
  const job: RollUpJob = { from, to, done: rollUpDays(db, from, to, new Date()) };
  running.add(job);
  void job.done.finally(() => running.delete(job)).catch(() => undefined);
  return job.done;
}

/** Starts rolling up every closed day not rolled up yet (at server start); resolves when done. */
export function rollUpClosedDays(db: FeedbackDatabase, now: Date = new Date()): Promise<void> {
  return startRollUp(db, undefined, dayOf(startOfDay(now.getTime() - ROLLUP_GRACE_MS)));
}

/** Resolves once no rollup of `db` is running (for tests and scripts). */
export async function waitForRollups(db: FeedbackDatabase): Promise<void> {
  for (let jobs = [...(inflight.get(db) ?? [])]; jobs.length > 0; jobs = [...(inflight.get(db) ?? [])]) {
    await Promise.allSettled(jobs.map((job) => job.done));
  }
}

const waitAtMost = (ms: number) =>
  new Promise<false>((resolve) => {
    setTimeout(() => resolve(false), ms).unref?.();
  });

/**
 * The plan with the closed days before `firstRolled` (rolled up from there to `rolled.to`)
 * moved to the live part; pure. Without `firstRolled` (none rolled yet), everything is live.
 */
export function narrowRollupPlan(plan: RollupPlan, options: ReportOptions, firstRolled: string | undefined): RollupPlan {
  const { rolled } = plan;
  if (!rolled || (rolled.from !== undefined && firstRolled !== undefined && firstRolled <= rolled.from)) return plan;
  const whole: TimeSpan = { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}) };
  if (firstRolled === undefined || firstRolled >= rolled.to) return { live: [whole] };
  const start = new Date(`${firstRolled}T00:00:00.000Z`);
  // The span before the rolled days (it replaces a partial first day, if any), then the rest.
  const after = plan.live.filter((span) => span.since !== undefined && span.since.getTime() >= Date.parse(`${rolled.to}T00:00:00.000Z`));
  return { rolled: { from: firstRolled, to: rolled.to }, live: [{ ...(options.since ? { since: options.since } : {}), until: start }, ...after] };
}

/** The first day of the unbroken run of rolled-up days that ends at `rolled.to`, if any. */
async function findFirstRolledDay(db: FeedbackDatabase, rolled: NonNullable<RollupPlan['rolled']>): Promise<string | undefined> {
  const rows = await db
    .selectFrom('rollup_days')
    .select('day')
    .$if(rolled.from !== undefined, (query) => query.where('day', '>=', rolled.from as string))
    .where('day', '<', rolled.to)
    .orderBy('day', 'desc')
    .execute();
  let first: string | undefined;
  for (let at = Date.parse(`${rolled.to}T00:00:00Z`) - DAY_MS, i = 0; i < rows.length && rows[i]?.day === dayOf(at); at -= DAY_MS, i += 1) first = dayOf(at);
  return first;
}

/**
 * Plans `options`' period and rolls up the closed days it reads from the rollups (concurrent
 * reports share one run). When that takes longer than `options.rollupWaitMs` (default
 * {@link ROLLUP_WAIT_MS}), the days not rolled up yet are read live instead. Returns the plan
 * and the options for the live part.
 */
export async function prepareRollups<T extends ReportOptions>(db: FeedbackDatabase, options: T): Promise<{ plan: RollupPlan; live: T }> {
  let plan = planRollups(options);
  if (plan.rolled) {
    const job = startRollUp(db, plan.rolled.from, plan.rolled.to);
    const done = await Promise.race([job.then(() => true), waitAtMost(options.rollupWaitMs ?? ROLLUP_WAIT_MS)]);
    if (!done) {
      // The run goes on; a failure shows on a later request, which starts it again.
      job.catch((error: unknown) => console.error(`Dashboard rollup failed: ${(error as Error).message}`));
      plan = narrowRollupPlan(plan, options, await findFirstRolledDay(db, plan.rolled));
    }
  }
  return { plan, live: { ...options, spans: plan.live } };
}

async function findFirstDay(db: FeedbackDatabase): Promise<string | undefined> {
  const [vote, search] = await Promise.all([
    db.selectFrom('votes').select((eb) => eb.fn.min('updated_at').as('at')).executeTakeFirst(),
    db.selectFrom('search_events').select((eb) => eb.fn.min('created_at').as('at')).executeTakeFirst(),
  ]);
  const times = [vote?.at, search?.at].filter((at): at is string => typeof at === 'string');
  return times.length === 0 ? undefined : times.sort()[0]?.slice(0, 10);
}

/** Rolls up every day in [from, to) not rolled up yet; from the first day with data when `from` is undefined. */
async function rollUpDays(db: FeedbackDatabase, from: string | undefined, to: string, now: Date): Promise<void> {
  const first = from ?? (await findFirstDay(db));
  if (first === undefined || first >= to) return;
  const wanted: string[] = [];
  for (let at = Date.parse(`${first}T00:00:00Z`); dayOf(at) < to; at += DAY_MS) wanted.push(dayOf(at));
  const done = await db.selectFrom('rollup_days').select('day').where('day', '>=', first).where('day', '<', to).execute();
  if (done.length === wanted.length) return;
  const rolled = new Set(done.map((row) => row.day));
  // Newest first: the rolled days then end at the last closed day, as reports read them meanwhile.
  for (const day of wanted.reverse()) if (!rolled.has(day)) await rollUpDay(db, day, now);
}

type SearchScope = ExpressionBuilder<Database, 'search_events'>;

/**
 * Whether a vote ended a search: a later vote of the same visitor with the same query on the
 * result it opened (article and anchor); at most one, by the votes' unique key. The one rule
 * of the live counts (a join or, in {@link endedIn}, a subquery) and the rollups.
 */
const isEndingVote = (eb: ExpressionBuilder<Database, 'search_events' | 'votes'>) =>
  eb.and([
    eb('votes.visitor', '=', eb.ref('search_events.visitor')),
    eb('votes.article_id', '=', eb.ref('search_events.opened_article_id')),
    eb('votes.anchor', '=', eb.fn.coalesce('search_events.opened_anchor', eb.val(''))),
    eb('votes.query', '=', eb.ref('search_events.query')),
    eb('votes.updated_at', '>=', eb.ref('search_events.created_at')),
  ]);

/** Joins a search to the vote that ended it ({@link isEndingVote}). */
const onEndingVote = (join: JoinBuilder<Database, 'search_events' | 'votes'>) => join.on(isEndingVote);

/** {@link onEndingVote} for a No. The live report and the rollup both use it. */
export const onEndingNo = (join: JoinBuilder<Database, 'search_events' | 'votes'>) => onEndingVote(join).on('votes.resolved', '=', 0);

/**
 * The ending vote of a search made in [start, end), which is cast the same day (the visitor
 * hash is the day's): the bounds let the rollup read only that day's votes.
 */
const onEndingVoteOfDay = (start: string, end: string, resolved?: 0) => (join: JoinBuilder<Database, 'search_events' | 'votes'>) =>
  (resolved === 0 ? onEndingNo(join) : onEndingVote(join)).on('votes.updated_at', '>=', start).on('votes.updated_at', '<', end);

/**
 * Whether a vote of `resolved` ended the search ({@link isEndingVote}).
 */
export const endedIn = (eb: SearchScope, resolved: 0 | 1) =>
  eb.and([
    eb('search_events.opened_article_id', 'is not', null),
    eb.exists(
      eb
        .selectFrom('votes')
        .select(sql`1`.as('one'))
        .where(isEndingVote)
        .where('votes.resolved', '=', resolved),
    ),
  ]);

/** Rolls up one closed day in one transaction, unless another report already did. */
export async function rollUpDay(db: FeedbackDatabase, day: string, now: Date = new Date()): Promise<void> {
  const start = `${day}T00:00:00.000Z`;
  const end = new Date(Date.parse(start) + DAY_MS).toISOString();
  await db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('rollup_days')
      .values({ day, rolled_at: now.toISOString() })
      .onConflict((conflict) => conflict.column('day').doNothing())
      .returning('day')
      .executeTakeFirst();
    if (!claimed) return;
    await trx
      .insertInto('vote_rollups')
      .columns(['day', 'locale', 'source', 'query', 'resolved', 'reason', 'votes'])
      .expression((eb) =>
        eb
          .selectFrom('votes')
          .select((inner) => [
            inner.val(day).as('day'),
            'locale',
            'source',
            'query',
            'resolved',
            'reason',
            inner.fn.countAll<number>().as('votes'),
          ])
          .where('updated_at', '>=', start)
          .where('updated_at', '<', end)
          .groupBy(['locale', 'source', 'query', 'resolved', 'reason']),
      )
      .execute();
    const daySearches = () =>
      trx.selectFrom('search_events').where('search_events.created_at', '>=', start).where('search_events.created_at', '<', end);
    await trx
      .insertInto('search_query_rollups')
      .columns(['day', 'locale', 'query', 'searches', 'zero_results', 'opened', 'result_sum', 'last_searched_at', 'last_zero_at'])
      .expression(
        daySearches()
          .select((inner) => [
            inner.val(day).as('day'),
            'search_events.locale',
            'search_events.query',
            inner.fn.countAll<number>().as('searches'),
            inner.fn.countAll<number>().filterWhere('result_count', '=', 0).as('zero_results'),
            inner.fn.count<number>('opened_article_id').as('opened'),
            inner.fn.sum<number>('result_count').as('result_sum'),
            inner.fn.max('search_events.created_at').as('last_searched_at'),
            inner.fn.max(inner.case().when('result_count', '=', 0).then(inner.ref('search_events.created_at')).end()).as('last_zero_at'),
          ])
          .groupBy(['search_events.locale', 'search_events.query']),
      )
      .execute();
    await trx
      .insertInto('search_day_rollups')
      .columns(['day', 'locale', 'searches', 'zero_results', 'ended_yes', 'ended_no'])
      .expression(
        // One row per search: the join finds at most one ending vote (the live count's endedIn).
        daySearches()
          .leftJoin('votes', onEndingVoteOfDay(start, end))
          .select((inner) => [
            inner.val(day).as('day'),
            'search_events.locale',
            inner.fn.countAll<number>().as('searches'),
            inner.fn.countAll<number>().filterWhere('result_count', '=', 0).as('zero_results'),
            inner.fn.countAll<number>().filterWhere('votes.resolved', '=', 1).as('ended_yes'),
            inner.fn.countAll<number>().filterWhere('votes.resolved', '=', 0).as('ended_no'),
          ])
          .groupBy('search_events.locale'),
      )
      .execute();
    await trx
      .insertInto('search_no_rollups')
      .columns(['day', 'locale', 'query', 'article_id', 'anchor', 'reason', 'searches', 'last_searched_at'])
      .expression(
        daySearches()
          .innerJoin('votes', onEndingVoteOfDay(start, end, 0))
          .select((inner) => [
            inner.val(day).as('day'),
            'search_events.locale',
            'search_events.query',
            'votes.article_id',
            'votes.anchor',
            'votes.reason',
            inner.fn.count<number>('search_events.id').distinct().as('searches'),
            inner.fn.max('search_events.created_at').as('last_searched_at'),
          ])
          .groupBy(['search_events.locale', 'search_events.query', 'votes.article_id', 'votes.anchor', 'votes.reason']),
      )
      .execute();
  });
}

/** The rollup rows of a plan's closed days (and the report's locale), for `.where(...)` on a rollup table. */
export function inRolledDays(rolled: NonNullable<RollupPlan['rolled']>, locale: string | undefined) {
  return <T extends 'vote_rollups' | 'search_day_rollups' | 'search_query_rollups' | 'search_no_rollups'>(eb: ExpressionBuilder<Database, T>) =>
    eb.and([
      ...(rolled.from ? [eb(sql<string>`day`, '>=', rolled.from)] : []),
      eb(sql<string>`day`, '<', rolled.to),
      ...(locale ? [eb(sql<string>`locale`, '=', locale)] : []),
    ]);
}
