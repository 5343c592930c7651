import type { SelectQueryBuilder } from 'kysely';
import type { Database } from '../storage/database';
import { VOTE_REASONS, type VoteReason } from './vote-options';

/** Filters shared by every dashboard report. */
export interface ReportOptions {
  /** Only votes last cast (or changed) and searches made at or after this moment. */
  since?: Date;
  /** Only this locale. */
  locale?: string;
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

/** Applies `since` (to `updated_at`) and `locale` to a query over `votes`. */
export function filterVotes<O>(
  query: SelectQueryBuilder<Database, 'votes', O>,
  options: ReportOptions,
): SelectQueryBuilder<Database, 'votes', O> {
  let filtered = query;
  if (options.since) filtered = filtered.where('votes.updated_at', '>=', options.since.toISOString());
  if (options.locale) filtered = filtered.where('votes.locale', '=', options.locale);
  return filtered;
}

/** Applies `since` (to `created_at`) and `locale` to a query over `search_events`. */
export function filterSearches<O>(
  query: SelectQueryBuilder<Database, 'search_events', O>,
  options: ReportOptions,
): SelectQueryBuilder<Database, 'search_events', O> {
  let filtered = query;
  if (options.since) filtered = filtered.where('search_events.created_at', '>=', options.since.toISOString());
  if (options.locale) filtered = filtered.where('search_events.locale', '=', options.locale);
  return filtered;
}
