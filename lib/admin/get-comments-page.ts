import { type AdminPageContext, readParam } from './admin-page-context';
import { getArticleCatalog } from './article-catalog';
import { isVoteReason, listQueuedComments, MODERATION_STATES, type ModerationState } from './moderation';

type SearchParams = Record<string, string | string[] | undefined>;
const PAGE_SIZE = 100;

/** The moderation queue's rows and filters for `/admin/comments`. */
export async function getCommentsPage(context: AdminPageContext, params: SearchParams) {
  const stateParam = readParam(params, 'state');
  const state = (MODERATION_STATES as readonly string[]).includes(stateParam ?? '') ? (stateParam as ModerationState) : undefined;
  const reasonParam = readParam(params, 'reason');
  const reason = isVoteReason(reasonParam) ? reasonParam : undefined;
  const catalog = getArticleCatalog(context.content);
  const articleParam = readParam(params, 'article');
  const articleId = articleParam && catalog.has(articleParam) ? articleParam : undefined;
  const page = Math.max(1, Number.parseInt(readParam(params, 'page') ?? '1', 10) || 1);
  const updatedParam = Number.parseInt(readParam(params, 'updated') ?? '', 10);
  const comments = await listQueuedComments(context.db, {
    ...(context.period.locale ? { locale: context.period.locale } : {}),
    ...(state ? { state } : {}),
    ...(reason ? { reason } : {}),
    ...(articleId ? { articleId } : {}),
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  return {
    comments: comments.slice(0, PAGE_SIZE),
    hasMore: comments.length > PAGE_SIZE,
    page,
    filters: { state, reason, articleId, locale: context.period.locale },
    catalog,
    updated: Number.isFinite(updatedParam) ? updatedParam : undefined,
  };
}
