import { getContentStatus, type TranslationState } from '@/lib/content/get-content-status';
import { getEnv } from '@/lib/env';
import { filterVotes, toCount } from '@/lib/feedback/report-helpers';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { type AdminPageContext, readParam } from './admin-page-context';
import { getArticleCatalog, toArticleIdsFilter } from './article-catalog';
import { toReportOptions } from './get-overview';

/** Why an article is on the review queue. */
export type ReviewReason =
  | { kind: 'overdue'; since: string }
  | { kind: 'outdated'; votes: number }
  | { kind: Exclude<TranslationState, 'current'>; locale: string; editUrl: string | null };

/** One article that needs a writer. */
export interface ReviewItem {
  id: string;
  title: string;
  category: string;
  owner: string | null;
  editUrl: string | null;
  reasons: ReviewReason[];
}

/** "Outdated" No votes per article in the period (whole article and FAQ entries). */
export async function countOutdatedVotes(db: FeedbackDatabase, options: Parameters<typeof filterVotes>[1]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('votes')
    .select('article_id')
    .select((eb) => eb.fn.countAll<string | number>().as('votes'))
    .where('resolved', '=', 0)
    .where('reason', '=', 'outdated')
    .$call((query) => filterVotes(query, options))
    .groupBy('article_id')
    .execute();
  return new Map(rows.map((row) => [row.article_id, toCount(row.votes)]));
}

/**
 * The review queue: articles past `reviewed` + `reviewEvery`, articles whose "outdated" votes
 * in the period reach the threshold (`?threshold=`, else ADMIN_OUTDATED_THRESHOLD, default 3),
 * and missing or older translations, from `getContentStatus` and the manifest. Most reasons first.
 */
export async function getReviewQueue(context: AdminPageContext, params: Record<string, string | string[] | undefined>, today = new Date().toISOString().slice(0, 10)) {
  const asked = Number.parseInt(readParam(params, 'threshold') ?? '', 10);
  const threshold = Number.isFinite(asked) && asked >= 1 ? asked : getEnv().ADMIN_OUTDATED_THRESHOLD;
  const { site, articles } = context.content.manifest;
  const status = getContentStatus(site, articles, today);
  const articleIds = toArticleIdsFilter(getArticleCatalog(context.content));
  const outdated = await countOutdatedVotes(context.db, { ...toReportOptions(context.period), ...(articleIds ? { articleIds } : {}) });
  const editUrl = (sourcePath: string | null) => (site.editUrlBase && sourcePath ? `${site.editUrlBase.replace(/\/+$/, '')}/${sourcePath}` : null);
  const items: ReviewItem[] = [];
  for (const article of status.articles) {
    const reasons: ReviewReason[] = [];
    if (article.overdue && article.reviewDue) reasons.push({ kind: 'overdue', since: article.reviewDue });
    const votes = outdated.get(article.id) ?? 0;
    if (votes >= threshold) reasons.push({ kind: 'outdated', votes });
    for (const entry of article.locales) {
      if (entry.state === 'current') continue;
      if (context.period.locale && entry.locale !== context.period.locale) continue;
      reasons.push({ kind: entry.state, locale: entry.locale, editUrl: editUrl(entry.sourcePath ?? article.sourcePath) });
    }
    if (reasons.length === 0) continue;
    items.push({ id: article.id, title: article.title, category: article.category, owner: article.owner, editUrl: editUrl(article.sourcePath), reasons });
  }
  items.sort((a, b) => b.reasons.length - a.reasons.length || a.title.localeCompare(b.title));
  return { items, threshold, today };
}
