import { filterSearches, filterVotes, type ReportOptions, toCount } from '@/lib/feedback/report-helpers';
import { endedIn, inRolledDays, prepareRollups } from '@/lib/feedback/report-rollups';
import type { FeedbackDatabase } from '@/lib/storage/database';

/** The headline figures of one period. */
export interface PeriodTotals {
  votes: number;
  yes: number;
  /** Share of Yes among votes, or null without votes. */
  rate: number | null;
  searches: number;
  zeroResults: number;
  /** Share of searches that found nothing, or null without searches. */
  zeroShare: number | null;
  /** Searches whose opened result then got a Yes from the same visitor. */
  endedInYes: number;
  yesShare: number | null;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Votes, resolution rate, searches, zero-result share and Yes-ending share for a period. */
export async function getPeriodTotals(db: FeedbackDatabase, options: ReportOptions): Promise<PeriodTotals> {
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const [votes, searches, endedInYes, rolledVotes, rolledSearches] = await Promise.all([
    db
      .selectFrom('votes')
      .select((eb) => [eb.fn.countAll<string | number>().as('votes'), eb.fn.countAll<string | number>().filterWhere('resolved', '=', 1).as('yes')])
      .$call((query) => filterVotes(query, live))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('search_events')
      .select((eb) => [eb.fn.countAll<string | number>().as('searches'), eb.fn.countAll<string | number>().filterWhere('result_count', '=', 0).as('zero')])
      .$call((query) => filterSearches(query, live))
      .executeTakeFirstOrThrow(),
    countSearchesEndingIn(db, options, 1),
    rolled
      ? db
          .selectFrom('vote_rollups')
          .select((eb) => [eb.fn.sum<string | number>('votes').as('votes'), eb.fn.sum<string | number>('votes').filterWhere('resolved', '=', 1).as('yes')])
          .where(inRolledDays(rolled, options.locale))
          .executeTakeFirst()
      : undefined,
    rolled
      ? db
          .selectFrom('search_day_rollups')
          .select((eb) => [eb.fn.sum<string | number>('searches').as('searches'), eb.fn.sum<string | number>('zero_results').as('zero')])
          .where(inRolledDays(rolled, options.locale))
          .executeTakeFirst()
      : undefined,
  ]);
  const total = toCount(votes.votes) + toCount(rolledVotes?.votes);
  const yes = toCount(votes.yes) + toCount(rolledVotes?.yes);
  const searchCount = toCount(searches.searches) + toCount(rolledSearches?.searches);
  const zero = toCount(searches.zero) + toCount(rolledSearches?.zero);
  return {
    votes: total,
    yes,
    rate: share(yes, total),
    searches: searchCount,
    zeroResults: zero,
    zeroShare: share(zero, searchCount),
    endedInYes,
    yesShare: share(endedInYes, searchCount),
  };
}

/**
 * Searches whose opened result then got a vote of `resolved` from the same visitor with the
 * same query (the join `getSearchesEndingInNo` uses).
 */
export async function countSearchesEndingIn(db: FeedbackDatabase, options: ReportOptions, resolved: 0 | 1): Promise<number> {
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const [row, rolledRow] = await Promise.all([
    db
      .selectFrom('search_events')
      .$call((query) => filterSearches(query, live))
      .where((eb) => endedIn(eb, resolved))
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow(),
    rolled
      ? db
          .selectFrom('search_day_rollups')
          .select((eb) => eb.fn.sum<string | number>(resolved === 1 ? 'ended_yes' : 'ended_no').as('n'))
          .where(inRolledDays(rolled, options.locale))
          .executeTakeFirst()
      : undefined,
  ]);
  return toCount(row.n) + toCount(rolledRow?.n);
}
