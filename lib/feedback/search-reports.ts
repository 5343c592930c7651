import type { FeedbackDatabase } from '../storage/database';
import { createReasonCounts, filterSearches, filterVotes, type ListReportOptions, type ReportOptions, toCount, toLimit } from './report-helpers';
import { inRolledDays, onEndingNo, prepareRollups } from './report-rollups';
import { compareQueryTotals, getRolledQueryTotals, type QueryTotals, toQueryKey, toQueryTotals } from './rolled-query-totals';
import type { VoteReason } from './vote-options';

/** One query as visitors typed it in one locale (queries are stored normalized). */
export interface SearchSummary {
  locale: string;
  query: string;
  searches: number;
  lastSearchedAt: Date;
}

/** A frequent query, with how often it found nothing and how often a result was opened. */
export interface TopSearch extends SearchSummary {
  zeroResults: number;
  opened: number;
  /** Mean number of results the query found. */
  averageResults: number;
}

/** The most frequent queries, most searched first. */
export async function getTopSearches(db: FeedbackDatabase, options: ListReportOptions = {}): Promise<TopSearch[]> {
  const { plan, live } = await prepareRollups(db, options);
  const limit = toLimit(options.limit);
  const liveRows = db
    .selectFrom('search_events')
    .select(['locale', 'query'])
    .select((eb) => [
      eb.fn.countAll<string | number>().as('searches'),
      eb.fn.countAll<string | number>().filterWhere('result_count', '=', 0).as('zero_results'),
      eb.fn.count<string | number>('opened_article_id').as('opened'),
      eb.fn.sum<string | number>('result_count').as('result_sum'),
      eb.fn.max('created_at').as('last_searched_at'),
    ])
    .$call((query) => filterSearches(query, live))
    .groupBy(['locale', 'query']);
  let top: QueryTotals[];
  const rolled = plan.rolled;
  if (!rolled) {
    top = (await liveRows.orderBy('searches', 'desc').orderBy('query').orderBy('locale').limit(limit).execute()).map(toQueryTotals);
  } else {
    // The top of (rolled + live) is among the rolled top and the queries searched live: any
    // other query keeps its rolled total, which ranks below each of the rolled top's.
    const [totals, recent] = await Promise.all([getRolledQueryTotals(db, rolled, options.locale), liveRows.execute()]);
    const merged = new Map(totals.sorted.slice(0, limit).map((entry) => [toQueryKey(entry.locale, entry.query), { ...entry }]));
    for (const row of recent) {
      const add = toQueryTotals(row);
      const key = toQueryKey(add.locale, add.query);
      const base = merged.get(key) ?? totals.byKey.get(key);
      merged.set(
        key,
        base
          ? {
              ...base,
              searches: base.searches + add.searches,
              zeroResults: base.zeroResults + add.zeroResults,
              opened: base.opened + add.opened,
              resultSum: base.resultSum + add.resultSum,
              lastSearchedAt: base.lastSearchedAt > add.lastSearchedAt ? base.lastSearchedAt : add.lastSearchedAt,
            }
          : add,
      );
    }
    top = [...merged.values()].sort(compareQueryTotals).slice(0, limit);
  }
  return top.map((entry) => ({
    locale: entry.locale,
    query: entry.query,
    searches: entry.searches,
    zeroResults: entry.zeroResults,
    opened: entry.opened,
    averageResults: entry.searches === 0 ? 0 : entry.resultSum / entry.searches,
    lastSearchedAt: new Date(entry.lastSearchedAt),
  }));
}

/** Yes and No votes of visitors who arrived with one query. */
export interface QueryResolution {
  locale: string;
  query: string;
  yes: number;
  no: number;
}

/** Per-search resolution: votes grouped by the query that led to the article, keyed by `JSON.stringify([locale, query])`. */
export async function getResolutionByQuery(db: FeedbackDatabase, options: ReportOptions = {}): Promise<Map<string, QueryResolution>> {
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const [liveRows, rolledRows] = await Promise.all([
    db
      .selectFrom('votes')
      .select(['locale', 'query', 'resolved'])
      .select((eb) => eb.fn.countAll<string | number>().as('votes'))
      .where('query', 'is not', null)
      .$call((query) => filterVotes(query, live))
      .groupBy(['locale', 'query', 'resolved'])
      .execute(),
    rolled
      ? db
          .selectFrom('vote_rollups')
          .select(['locale', 'query', 'resolved'])
          .select((eb) => eb.fn.sum<string | number>('votes').as('votes'))
          .where('query', 'is not', null)
          .where(inRolledDays(rolled, options.locale))
          .groupBy(['locale', 'query', 'resolved'])
          .execute()
      : [],
  ]);
  const byQuery = new Map<string, QueryResolution>();
  for (const row of [...liveRows, ...rolledRows]) {
    if (row.query === null) continue;
    const key = JSON.stringify([row.locale, row.query]);
    const entry = byQuery.get(key) ?? { locale: row.locale, query: row.query, yes: 0, no: 0 };
    if (Number(row.resolved) === 1) entry.yes += toCount(row.votes);
    else entry.no += toCount(row.votes);
    byQuery.set(key, entry);
  }
  return byQuery;
}

/** Queries that found nothing: missing articles, or missing keywords. Most frequent first. */
export async function getZeroResultSearches(
  db: FeedbackDatabase,
  options: ListReportOptions = {},
): Promise<SearchSummary[]> {
  const { plan, live } = await prepareRollups(db, options);
  const liveRows = db
    .selectFrom('search_events')
    .select(['locale', 'query'])
    .select((eb) => [eb.fn.countAll<string | number>().as('searches'), eb.fn.max('created_at').as('last_searched_at')])
    .where('result_count', '=', 0)
    .$call((query) => filterSearches(query, live))
    .groupBy(['locale', 'query']);
  const rolled = plan.rolled;
  const parts = rolled
    ? liveRows.unionAll(
        db
          .selectFrom('search_query_rollups')
          .select(['locale', 'query'])
          .select((eb) => [eb.fn.sum<string | number>('zero_results').as('searches'), eb.fn.max(eb.fn.coalesce('last_zero_at', 'last_searched_at')).as('last_searched_at')])
          .where('zero_results', '>', 0)
          .where(inRolledDays(rolled, options.locale))
          .groupBy(['locale', 'query']),
      )
    : liveRows;
  const rows = await db
    .selectFrom(parts.as('parts'))
    .select(['locale', 'query'])
    .select((eb) => [eb.fn.sum<string | number>('searches').as('searches'), eb.fn.max('last_searched_at').as('last_searched_at')])
    .groupBy(['locale', 'query'])
    .orderBy('searches', 'desc')
    .orderBy('query')
    .orderBy('locale')
    .limit(toLimit(options.limit))
    .execute();
  return rows.map((row) => ({
    locale: row.locale,
    query: row.query,
    searches: toCount(row.searches),
    lastSearchedAt: new Date(row.last_searched_at),
  }));
}

/** A query whose opened result then got a No from the same visitor. */
export interface SearchEndingInNo extends SearchSummary {
  articleId: string;
  /** The FAQ entry or heading opened, or `null` for the whole article. */
  anchor: string | null;
  reasons: Record<VoteReason, number>;
}

/**
 * Searches that did not end well: the visitor opened a result, then voted No on that article
 * (or FAQ entry) with the same query, the same day. Most frequent first.
 */
export async function getSearchesEndingInNo(
  db: FeedbackDatabase,
  options: ListReportOptions = {},
): Promise<SearchEndingInNo[]> {
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const liveRows = db
    .selectFrom('search_events')
    // Filters first: they only know search_events, and SQL clause order does not depend on it.
    .$call((query) => filterSearches(query, live))
    .innerJoin('votes', onEndingNo)
    .select(['search_events.locale', 'search_events.query', 'votes.article_id', 'votes.anchor', 'votes.reason'])
    .select((eb) => [
      eb.fn.count<string | number>('search_events.id').distinct().as('searches'),
      eb.fn.max('search_events.created_at').as('last_searched_at'),
    ])
    .groupBy(['search_events.locale', 'search_events.query', 'votes.article_id', 'votes.anchor', 'votes.reason'])
    .execute();
  const rolledRows = rolled
    ? db
        .selectFrom('search_no_rollups')
        .select(['locale', 'query', 'article_id', 'anchor', 'reason'])
        .select((eb) => [eb.fn.sum<string | number>('searches').as('searches'), eb.fn.max('last_searched_at').as('last_searched_at')])
        .where(inRolledDays(rolled, options.locale))
        .groupBy(['locale', 'query', 'article_id', 'anchor', 'reason'])
        .execute()
    : [];
  const rows = [...(await liveRows), ...(await rolledRows)];

  const groups = new Map<string, SearchEndingInNo>();
  for (const row of rows) {
    const key = JSON.stringify([row.locale, row.query, row.article_id, row.anchor]);
    let group = groups.get(key);
    if (!group) {
      const anchor = row.anchor === '' ? null : row.anchor;
      group = {
        locale: row.locale,
        query: row.query,
        articleId: row.article_id,
        anchor,
        searches: 0,
        reasons: createReasonCounts(),
        lastSearchedAt: new Date(0),
      };
      groups.set(key, group);
    }
    const searches = toCount(row.searches);
    group.searches += searches;
    if (row.reason) group.reasons[row.reason] += searches;
    const last = new Date(row.last_searched_at);
    if (last > group.lastSearchedAt) group.lastSearchedAt = last;
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.searches - a.searches ||
        a.query.localeCompare(b.query) ||
        a.articleId.localeCompare(b.articleId) ||
        a.locale.localeCompare(b.locale) ||
        (a.anchor ?? '').localeCompare(b.anchor ?? ''),
    )
    .slice(0, toLimit(options.limit));
}

/** A query that led visitors to one article, and how those visits ended. */
export interface SearchLeadingToArticle {
  locale: string;
  query: string;
  /** Searches that opened the article. */
  opened: number;
  /** Votes on the article that came with this query. */
  yes: number;
  no: number;
}

/**
 * The searches whose visitors opened `options.articleId` (most opened first), with the Yes
 * and No votes that visitors who arrived with the same query gave it.
 */
export async function getSearchesLeadingTo(
  db: FeedbackDatabase,
  options: ListReportOptions & { articleId: string },
): Promise<SearchLeadingToArticle[]> {
  const [searches, outcomes] = await Promise.all([
    db
      .selectFrom('search_events')
      .select(['locale', 'query'])
      .select((eb) => eb.fn.countAll<string | number>().as('opened'))
      .$call((query) => filterSearches(query, options))
      .groupBy(['locale', 'query'])
      .orderBy('opened', 'desc')
      .orderBy('query')
      .limit(toLimit(options.limit))
      .execute(),
    getResolutionByQuery(db, options),
  ]);
  return searches.map((row) => {
    const outcome = outcomes.get(JSON.stringify([row.locale, row.query]));
    return { locale: row.locale, query: row.query, opened: toCount(row.opened), yes: outcome?.yes ?? 0, no: outcome?.no ?? 0 };
  });
}
