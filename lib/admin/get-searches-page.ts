import { getResolutionByQuery, getSearchesEndingInNo, getTopSearches, getZeroResultSearches } from '@/lib/feedback/search-reports';
import type { AdminPageContext } from './admin-page-context';
import { getArticleCatalog } from './article-catalog';
import { toArticleStub, toSynonymLine } from './content-gap-snippets';
import { toReportOptions } from './get-overview';

/** Top searches with per-search resolution, searches with no results (with snippets), and searches ending in No. */
export async function getSearchesPage(context: AdminPageContext) {
  const options = toReportOptions(context.period);
  const [top, zero, endingInNo, resolution] = await Promise.all([
    getTopSearches(context.db, { ...options, limit: 50 }),
    getZeroResultSearches(context.db, { ...options, limit: 50 }),
    getSearchesEndingInNo(context.db, { ...options, limit: 50 }),
    getResolutionByQuery(context.db, options),
  ]);
  const catalog = getArticleCatalog(context.content);
  return {
    top: top.map((search) => {
      const votes = resolution.get(JSON.stringify([search.locale, search.query]));
      const total = (votes?.yes ?? 0) + (votes?.no ?? 0);
      return { ...search, rate: total === 0 ? null : (votes?.yes ?? 0) / total };
    }),
    zero: zero.map((search) => ({ ...search, synonymLine: toSynonymLine(search.locale, search.query), stub: toArticleStub(search.locale, search.query) })),
    endingInNo: endingInNo.map((search) => ({ ...search, title: catalog.get(search.articleId)?.title ?? search.articleId })),
  };
}
