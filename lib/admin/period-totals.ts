import { sql } from 'kysely';
import { filterSearches, filterVotes, type ReportOptions, toCount } from '@/lib/feedback/report-helpers';
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
  const [votes, searches, endedInYes] = await Promise.all([
    db
      .selectFrom('votes')
      .select((eb) => [eb.fn.countAll<string | number>().as('votes'), eb.fn.countAll<string | number>().filterWhere('resolved', '=', 1).as('yes')])
      .$call((query) => filterVotes(query, options))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('search_events')
      .select((eb) => [eb.fn.countAll<string | number>().as('searches'), eb.fn.countAll<string | number>().filterWhere('result_count', '=', 0).as('zero')])
      .$call((query) => filterSearches(query, options))
      .executeTakeFirstOrThrow(),
    countSearchesEndingIn(db, options, 1),
  ]);
  const total = toCount(votes.votes);
  const yes = toCount(votes.yes);
  const searchCount = toCount(searches.searches);
  const zero = toCount(searches.zero);
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
  const row = await db
    .selectFrom('search_events')
    .$call((query) => filterSearches(query, options))
    .where('search_events.opened_article_id', 'is not', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('votes')
          .select(sql`1`.as('one'))
          .whereRef('votes.visitor', '=', 'search_events.visitor')
          .whereRef('votes.article_id', '=', 'search_events.opened_article_id')
          .whereRef('votes.query', '=', 'search_events.query')
          .whereRef('votes.updated_at', '>=', 'search_events.created_at')
          .where('votes.resolved', '=', resolved),
      ),
    )
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}
