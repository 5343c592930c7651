import type { FeedbackDatabase, VoteRow } from '../storage/database';
import {
  addVotes,
  createCounts,
  filterVotes,
  type ListReportOptions,
  type ReportOptions,
  type ResolutionCounts,
  toCount,
  toLimit,
} from './report-helpers';
import { inRolledDays, prepareRollups } from './report-rollups';
import { VOTE_SOURCES, type VoteReason, type VoteSource } from './vote-options';

/** How one article fares. Top-level counts are whole-article votes. */
export interface ArticleResolution extends ResolutionCounts {
  articleId: string;
  /** Whole-article votes per locale. */
  byLocale: Record<string, ResolutionCounts>;
  /** Votes on each FAQ entry or heading, keyed by anchor (all locales together). */
  byAnchor: Record<string, ResolutionCounts>;
}

/**
 * Resolution per article: Yes, No, rate and No reasons for the whole article, per locale,
 * and per FAQ entry. Articles with the most No votes come first.
 */
export async function getArticleResolution(
  db: FeedbackDatabase,
  options: ReportOptions = {},
): Promise<ArticleResolution[]> {
  const rows = await db
    .selectFrom('votes')
    .select(['article_id', 'locale', 'anchor', 'resolved', 'reason'])
    .select((eb) => eb.fn.countAll<string | number>().as('votes'))
    .$call((query) => filterVotes(query, options))
    .groupBy(['article_id', 'locale', 'anchor', 'resolved', 'reason'])
    .execute();

  const articles = new Map<string, ArticleResolution>();
  for (const row of rows) {
    let article = articles.get(row.article_id);
    if (!article) {
      article = { articleId: row.article_id, ...createCounts(), byLocale: {}, byAnchor: {} };
      articles.set(row.article_id, article);
    }
    const resolved = Number(row.resolved) === 1;
    const count = toCount(row.votes);
    if (row.anchor === '') {
      addVotes(article, resolved, row.reason, count);
      addVotes((article.byLocale[row.locale] ??= createCounts()), resolved, row.reason, count);
    } else {
      addVotes((article.byAnchor[row.anchor] ??= createCounts()), resolved, row.reason, count);
    }
  }
  return [...articles.values()].sort(
    (a, b) => b.no - a.no || (a.rate ?? 1) - (b.rate ?? 1) || a.articleId.localeCompare(b.articleId),
  );
}

/** A visitor's comment as the moderation dashboard lists it. Render `comment` escaped. */
export interface RecentComment {
  id: number;
  articleId: string;
  locale: string;
  /** FAQ entry or heading, or `null` for the whole article. */
  anchor: string | null;
  resolved: boolean;
  reason: VoteReason | null;
  comment: string;
  query: string | null;
  source: VoteSource | null;
  updatedAt: Date;
}

/** The latest comments, newest first (by when the vote was last cast or changed). */
export async function getRecentComments(
  db: FeedbackDatabase,
  options: ListReportOptions = {},
): Promise<RecentComment[]> {
  const rows = await db
    .selectFrom('votes')
    .select(['id', 'article_id', 'locale', 'anchor', 'resolved', 'reason', 'comment', 'query', 'source', 'updated_at'])
    .where('comment', 'is not', null)
    .$call((query) => filterVotes(query, options))
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(toLimit(options.limit))
    .execute();
  return rows.map((row) => ({ ...toCommentFields(row), resolved: Number(row.resolved) === 1 }));
}

/** A comment's fields as the dashboard lists them, from its `votes` row. */
export function toCommentFields(
  row: Pick<VoteRow, 'id' | 'article_id' | 'locale' | 'anchor' | 'reason' | 'comment' | 'query' | 'source' | 'updated_at'>,
): Omit<RecentComment, 'resolved'> {
  return {
    id: Number(row.id),
    articleId: row.article_id,
    locale: row.locale,
    anchor: row.anchor === '' ? null : row.anchor,
    reason: row.reason,
    comment: row.comment ?? '',
    query: row.query,
    source: row.source,
    updatedAt: new Date(row.updated_at),
  };
}

/** Resolution of the votes that came from one source; `null` is votes that named none. */
export interface SourceResolution extends ResolutionCounts {
  source: VoteSource | null;
}

/**
 * Resolution per source (search, support, related, direct), counting every vote, FAQ entries
 * included. All four sources are listed even without votes; votes without a source
 * follow as `source: null` when there are any.
 */
export async function getResolutionBySource(
  db: FeedbackDatabase,
  options: ReportOptions = {},
): Promise<SourceResolution[]> {
  const { plan, live } = await prepareRollups(db, options);
  const rolled = plan.rolled;
  const [liveRows, rolledRows] = await Promise.all([
    db
      .selectFrom('votes')
      .select(['source', 'resolved', 'reason'])
      .select((eb) => eb.fn.countAll<string | number>().as('votes'))
      .$call((query) => filterVotes(query, live))
      .groupBy(['source', 'resolved', 'reason'])
      .execute(),
    rolled
      ? db
          .selectFrom('vote_rollups')
          .select(['source', 'resolved', 'reason'])
          .select((eb) => eb.fn.sum<string | number>('votes').as('votes'))
          .where(inRolledDays(rolled, options.locale))
          .groupBy(['source', 'resolved', 'reason'])
          .execute()
      : [],
  ]);
  const rows = [...liveRows, ...rolledRows];
  const bySource = new Map<VoteSource | null, SourceResolution>(
    VOTE_SOURCES.map((source) => [source, { source, ...createCounts() }]),
  );
  for (const row of rows) {
    let entry = bySource.get(row.source);
    if (!entry) {
      entry = { source: row.source, ...createCounts() };
      bySource.set(row.source, entry);
    }
    addVotes(entry, Number(row.resolved) === 1, row.reason, toCount(row.votes));
  }
  return [...bySource.values()];
}
