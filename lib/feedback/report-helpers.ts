import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../storage/database';
import { VOTE_REASONS, type VoteReason } from './vote-options';

/** Filters shared by every dashboard report. */
export interface ReportOptions {
  /** Only votes last cast (or changed) and searches made at or after this moment. */
  since?: Date;
  /** Only votes and searches before this moment (exclusive), for a closed period. */
  until?: Date;
  /** Only this locale. */
  locale?: string;
  /** Only votes on this article, and searches that opened it. */
  articleId?: string;
  /**
   * Only votes on these articles (the published ones, for pages that list only those); an
   * empty list matches none. Ignored by the search reports.
   */
  articleIds?: readonly string[];
  /** The moment that decides which days are closed (and read from the rollups); default now. */
  now?: Date;
  /** Read only the raw tables, never the daily rollups (to check the rollups against). */
  live?: boolean;
  /** How long to wait for closed days to be rolled up before reading them live; default 250 ms. */
  rollupWaitMs?: number;
  /**
   * Set by the rollup planner: the parts of the period to read from the raw tables, which
   * then replace `since`/`until`. An empty list reads nothing raw.
   */
  spans?: readonly TimeSpan[];
}

/** A stretch of time, `since` included, `until` excluded; open where undefined. */
export interface TimeSpan {
  since?: Date;
  until?: Date;
}

/** Options of the reports that return a list. */
export interface ListReportOptions extends ReportOptions {
  /** Most rows returned; default 20, at most 500. */
  limit?: number;
}

/** Yes and No votes, the share of Yes (`null` without votes) and the No reasons. */
export interface ResolutionCounts {
  yes: number;
  no: number;
  total: number;
  rate: number | null;
  reasons: Record<VoteReason, number>;
}

/** Zero for every No reason. */
export function createReasonCounts(): Record<VoteReason, number> {
  return Object.fromEntries(VOTE_REASONS.map((reason) => [reason, 0])) as Record<VoteReason, number>;
}

/** Empty counts, to be filled with {@link addVotes}. */
export function createCounts(): ResolutionCounts {
  return { yes: 0, no: 0, total: 0, rate: null, reasons: createReasonCounts() };
}

/** Adds `count` votes of one kind to `counts` and updates its rate. */
export function addVotes(counts: ResolutionCounts, resolved: boolean, reason: VoteReason | null, count: number): void {
  if (resolved) counts.yes += count;
  else counts.no += count;
  if (!resolved && reason) counts.reasons[reason] += count;
  counts.total = counts.yes + counts.no;
  counts.rate = counts.total === 0 ? null : counts.yes / counts.total;
}

/** Database counts arrive as numbers (SQLite) or strings (PostgreSQL bigint). */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

/** The row limit of a list report, clamped to 1..500. */
export function toLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

/**
 * The condition "`column` lies in the report's period": in one of `spans` when the rollup
 * planner set them (none matches when the list is empty), else from `since` to `until`.
 */
function inPeriod(column: 'votes.updated_at' | 'search_events.created_at', options: ReportOptions): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  const within = (span: TimeSpan): RawBuilder<SqlBool> => {
    const bounds = [
      ...(span.since ? [sql`${ref} >= ${span.since.toISOString()}`] : []),
      ...(span.until ? [sql`${ref} < ${span.until.toISOString()}`] : []),
    ];
    return bounds.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(bounds, sql` and `)})`;
  };
  if (!options.spans) return within(options);
  return options.spans.length === 0 ? sql<SqlBool>`1 = 0` : sql<SqlBool>`(${sql.join(options.spans.map(within), sql` or `)})`;
}

/** Applies `since`/`until` (to `updated_at`), `locale` and `articleId` to a query over `votes`. */
export function filterVotes<O>(
  query: SelectQueryBuilder<Database, 'votes', O>,
  options: ReportOptions,
): SelectQueryBuilder<Database, 'votes', O> {
  let filtered = query.where(inPeriod('votes.updated_at', options));
  if (options.locale) filtered = filtered.where('votes.locale', '=', options.locale);
  if (options.articleId) filtered = filtered.where('votes.article_id', '=', options.articleId);
  if (options.articleIds) {
    const ids = [...options.articleIds];
    filtered = ids.length === 0 ? filtered.where(sql<boolean>`1 = 0`) : filtered.where('votes.article_id', 'in', ids);
  }
  return filtered;
}

/** Applies `since`/`until` (to `created_at`), `locale` and `articleId` (opened) to a query over `search_events`. */
export function filterSearches<O>(
  query: SelectQueryBuilder<Database, 'search_events', O>,
  options: ReportOptions,
): SelectQueryBuilder<Database, 'search_events', O> {
  let filtered = query.where(inPeriod('search_events.created_at', options));
  if (options.locale) filtered = filtered.where('search_events.locale', '=', options.locale);
  if (options.articleId) filtered = filtered.where('search_events.opened_article_id', '=', options.articleId);
  return filtered;
}

/**
 * Wilson score interval lower bound (95 %) of `hits` out of `total`: a share that accounts for
 * how many votes there are, so 1 of 1 does not outrank 60 of 100. 0 without votes.
 */
export function wilsonLowerBound(hits: number, total: number, z = 1.96): number {
  if (total <= 0) return 0;
  const p = hits / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return Math.max(0, (centre - spread) / (1 + z2 / total));
}

/** The No reason given most often, or null when no No named one. */
export function getTopReason(reasons: Record<VoteReason, number>): VoteReason | null {
  let best: VoteReason | null = null;
  for (const reason of VOTE_REASONS) if (reasons[reason] > 0 && (best === null || reasons[reason] > reasons[best])) best = reason;
  return best;
}
