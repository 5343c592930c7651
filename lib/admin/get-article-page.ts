import { getArticleResolution, getResolutionBySource } from '@/lib/feedback/reports';
import { getSearchesLeadingTo } from '@/lib/feedback/search-reports';
import { getEnv } from '@/lib/env';
import type { AdminPageContext } from './admin-page-context';
import { getArticleCatalog } from './article-catalog';
import { toReportOptions } from './get-overview';
import { listQueuedComments } from './moderation';

/**
 * One article's figures for `/admin/articles/<id>`: per language and FAQ entry, reasons,
 * comments, the searches that led to it with their outcome, the split by source, and links
 * to the live article, its short link and its source file. Undefined for an unknown id.
 */
export async function getArticlePage(context: AdminPageContext, id: string) {
  const article = getArticleCatalog(context.content).get(id);
  if (!article) return undefined;
  const options = { ...toReportOptions(context.period), articleId: id };
  const [resolution, sources, searches, comments] = await Promise.all([
    getArticleResolution(context.db, options),
    getResolutionBySource(context.db, options),
    getSearchesLeadingTo(context.db, { ...options, limit: 50 }),
    listQueuedComments(context.db, { ...options, limit: 50 }),
  ]);
  const site = context.content.manifest.site;
  const siteUrl = getEnv().SITE_URL;
  return {
    article,
    resolution: resolution[0],
    sources,
    searches,
    comments,
    links: {
      live: `${siteUrl}${article.primary.path}`,
      short: `${siteUrl}/a/${encodeURIComponent(id)}`,
      source: site.editUrlBase ? `${site.editUrlBase.replace(/\/+$/, '')}/${article.primary.sourcePath}` : null,
    },
  };
}
