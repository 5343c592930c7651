import { getArticleResolution } from '@/lib/feedback/reports';
import { getZeroResultSearches } from '@/lib/feedback/search-reports';
import { type ReportOptions, wilsonLowerBound } from '@/lib/feedback/report-helpers';
import type { AdminPageContext } from './admin-page-context';
import { getArticleCatalog, toArticleIdsFilter } from './article-catalog';
import { getDailySeries } from './daily-series';
import { getPeriodTotals } from './period-totals';

/** Options of the period (and its language) for the report functions. */
export function toReportOptions(period: AdminPageContext['period'], previous = false): ReportOptions {
  return {
    since: previous ? period.previousSince : period.since,
    until: previous ? period.since : period.until,
    ...(period.locale ? { locale: period.locale } : {}),
  };
}

/** Everything `/admin` shows: the period's figures beside the previous period's, daily series, what fails most. */
export async function getOverview(context: AdminPageContext) {
  const current = toReportOptions(context.period);
  const catalog = getArticleCatalog(context.content);
  const articleIds = toArticleIdsFilter(catalog);
  const [totals, previous, daily, articles, zero] = await Promise.all([
    getPeriodTotals(context.db, current),
    getPeriodTotals(context.db, toReportOptions(context.period, true)),
    getDailySeries(context.db, current, context.period.days),
    getArticleResolution(context.db, articleIds ? { ...current, articleIds } : current),
    getZeroResultSearches(context.db, { ...current, limit: 5 }),
  ]);
  // Published articles only: each links to its page, which exists only for those.
  const failing = articles
    .filter((article) => article.total > 0 && catalog.has(article.articleId))
    .map((article) => ({ ...article, title: catalog.get(article.articleId)?.title ?? article.articleId, score: wilsonLowerBound(article.no, article.total) }))
    .sort((a, b) => b.score - a.score || b.no - a.no)
    .slice(0, 5);
  return { totals, previous, daily, failing, zero };
}
