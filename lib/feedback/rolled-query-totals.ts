import type { FeedbackDatabase } from '../storage/database';
import { toCount } from './report-helpers';
import { inRolledDays, type RollupPlan } from './report-rollups';

/** One query's searches over rolled-up days. */
export interface QueryTotals {
  locale: string;
  query: string;
  searches: number;
  zeroResults: number;
  opened: number;
  resultSum: number;
  lastSearchedAt: string;
}

/** A row of per-query sums (from the raw searches or their rollups) as {@link QueryTotals}. */
export function toQueryTotals(row: { locale: string; query: string; searches: string | number | bigint; zero_results: string | number | bigint; opened: string | number | bigint; result_sum: string | number | bigint; last_searched_at: string }): QueryTotals {
  return {
    locale: row.locale,
    query: row.query,
    searches: toCount(row.searches),
    zeroResults: toCount(row.zero_results),
    opened: toCount(row.opened),
    resultSum: toCount(row.result_sum),
    lastSearchedAt: row.last_searched_at,
  };
}

/** Most searched first, then by query and locale: the order of the top searches. */
export function compareQueryTotals(a: QueryTotals, b: QueryTotals): number {
  return b.searches - a.searches || (a.query < b.query ? -1 : a.query > b.query ? 1 : 0) || (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0);
}

interface Entry {
  key: string;
  sorted: QueryTotals[];
  byKey: Map<string, QueryTotals>;
}

// Closed days never change, so their totals per query can be kept between requests. The key
// holds how many days are rolled up and when the last was, so a removed and redone rollup
// (or an emptied test database) is read again. A few periods × languages are kept.
const MAX_ENTRIES = 8;
const cache = new WeakMap<FeedbackDatabase, Entry[]>();

/** The key of one (locale, query) pair. */
export const toQueryKey = (locale: string, query: string): string => JSON.stringify([locale, query]);

/**
 * Every query's totals over the plan's rolled-up days (and locale), most searched first, with a
 * lookup by {@link toQueryKey}. Kept in memory per database and period.
 */
export async function getRolledQueryTotals(
  db: FeedbackDatabase,
  rolled: NonNullable<RollupPlan['rolled']>,
  locale: string | undefined,
): Promise<Pick<Entry, 'sorted' | 'byKey'>> {
  const stamp = await db
    .selectFrom('rollup_days')
    .select((eb) => [eb.fn.countAll<string | number>().as('days'), eb.fn.max('rolled_at').as('last')])
    .$if(rolled.from !== undefined, (query) => query.where('day', '>=', rolled.from as string))
    .where('day', '<', rolled.to)
    .executeTakeFirst();
  const key = JSON.stringify([rolled.from ?? null, rolled.to, locale ?? null, toCount(stamp?.days), stamp?.last ?? null]);
  const entries = cache.get(db) ?? [];
  const hit = entries.find((entry) => entry.key === key);
  if (hit) return hit;
  const rows = await db
    .selectFrom('search_query_rollups')
    .select(['locale', 'query'])
    .select((eb) => [
      eb.fn.sum<string | number>('searches').as('searches'),
      eb.fn.sum<string | number>('zero_results').as('zero_results'),
      eb.fn.sum<string | number>('opened').as('opened'),
      eb.fn.sum<string | number>('result_sum').as('result_sum'),
      eb.fn.max('last_searched_at').as('last_searched_at'),
    ])
    .where(inRolledDays(rolled, locale))
    .groupBy(['locale', 'query'])
    .execute();
  const sorted = rows.map(toQueryTotals);
  sorted.sort(compareQueryTotals);
  const entry = { key, sorted, byKey: new Map(sorted.map((totals) => [toQueryKey(totals.locale, totals.query), totals])) };
  cache.set(db, [entry, ...entries].slice(0, MAX_ENTRIES));
  return entry;
}
