import { sql } from 'kysely';
import { filterSearches, filterVotes, type ReportOptions, toCount } from '@/lib/feedback/report-helpers';
import { inRolledDays, prepareRollups } from '@/lib/feedback/report-rollups';
import type { FeedbackDatabase } from '@/lib/storage/database';

/** One day of votes and searches. */
export interface DailyFigures {
  day: string;
  yes: number;
  no: number;
  searches: number;
  zeroResults: number;
}

/** Votes and searches per UTC day; every day of `days` is listed, with zeros where nothing happened. */
export async function getDailySeries(db: FeedbackDatabase, options: ReportOptions, days: readonly string[]): Promise<DailyFigures[]> {
  const voteDay = sql<string>`substr(votes.updated_at, 1, 10)`;
  const searchDay = sql<string>`substr(search_events.created_at, 1, 10)`;
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const [votes, searches, rolledVotes, rolledSearches] = await Promise.all([
    db
      .selectFrom('votes')
      .select((eb) => [voteDay.as('day'), eb.fn.countAll<string | number>().filterWhere('resolved', '=', 1).as('yes'), eb.fn.countAll<string | number>().as('total')])
      .$call((query) => filterVotes(query, live))
      .groupBy(voteDay)
      .execute(),
    db
      .selectFrom('search_events')
      .select((eb) => [searchDay.as('day'), eb.fn.countAll<string | number>().as('searches'), eb.fn.countAll<string | number>().filterWhere('result_count', '=', 0).as('zero')])
      .$call((query) => filterSearches(query, live))
      .groupBy(searchDay)
      .execute(),
    rolled
      ? db
          .selectFrom('vote_rollups')
          .select((eb) => ['day', eb.fn.sum<string | number>('votes').filterWhere('resolved', '=', 1).as('yes'), eb.fn.sum<string | number>('votes').as('total')])
          .where(inRolledDays(rolled, options.locale))
          .groupBy('day')
          .execute()
      : [],
    rolled
      ? db
          .selectFrom('search_day_rollups')
          .select((eb) => ['day', eb.fn.sum<string | number>('searches').as('searches'), eb.fn.sum<string | number>('zero_results').as('zero')])
          .where(inRolledDays(rolled, options.locale))
          .groupBy('day')
          .execute()
      : [],
  ]);
  const byDay = new Map(days.map((day) => [day, { day, yes: 0, no: 0, searches: 0, zeroResults: 0 }]));
  for (const row of [...votes, ...rolledVotes]) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    const yes = toCount(row.yes);
    entry.yes += yes;
    entry.no += toCount(row.total) - yes;
  }
  for (const row of [...searches, ...rolledSearches]) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    entry.searches += toCount(row.searches);
    entry.zeroResults += toCount(row.zero);
  }
  return [...byDay.values()];
}
