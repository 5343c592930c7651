import { getArticleResolution } from '@/lib/feedback/reports';
import { getTopReason, wilsonLowerBound } from '@/lib/feedback/report-helpers';
import type { VoteReason } from '@/lib/feedback/vote-options';
import { type AdminPageContext, readParam } from './admin-page-context';
import { getArticleCatalog, toArticleIdsFilter } from './article-catalog';
import { toReportOptions } from './get-overview';

/** Orders of the articles table. */
export const ARTICLE_SORTS = ['fails', 'votes', 'rate', 'title'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** One row of `/admin/articles`. */
export interface ArticleRow {
  id: string;
  title: string;
  category: string;
  votes: number;
  yes: number;
  no: number;
  rate: number | null;
  previousRate: number | null;
  topReason: VoteReason | null;
  /** Wilson lower bound of the share of No: the "fails most" order. */
  score: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Every published article of the manifest (also those without votes) with its votes in the
 * period, the previous period's rate and the top reason; filtered by category and language.
 */
export async function getArticlesPage(context: AdminPageContext, params: SearchParams) {
  const catalog = getArticleCatalog(context.content);
  const categories = [...new Set([...catalog.values()].map((article) => article.category))].sort();
  const categoryParam = readParam(params, 'category');
  const category = categoryParam && categories.includes(categoryParam) ? categoryParam : undefined;
  const sortParam = readParam(params, 'sort');
  const sort: ArticleSort = (ARTICLE_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as ArticleSort) : 'fails';
  const articleIds = toArticleIdsFilter(catalog);
  const [current, previous] = await Promise.all([
    getArticleResolution(context.db, { ...toReportOptions(context.period), ...(articleIds ? { articleIds } : {}) }),
    getArticleResolution(context.db, { ...toReportOptions(context.period, true), ...(articleIds ? { articleIds } : {}) }),
  ]);
  const currentById = new Map(current.map((entry) => [entry.articleId, entry]));
  const previousById = new Map(previous.map((entry) => [entry.articleId, entry]));
  const rows: ArticleRow[] = [];
  for (const article of catalog.values()) {
    if (category && article.category !== category) continue;
    if (context.period.locale && !article.translations.some((meta) => meta.locale === context.period.locale)) continue;
    const figures = currentById.get(article.id);
    rows.push({
      id: article.id,
      title: article.title,
      category: article.category,
      votes: figures?.total ?? 0,
      yes: figures?.yes ?? 0,
      no: figures?.no ?? 0,
      rate: figures?.rate ?? null,
      previousRate: previousById.get(article.id)?.rate ?? null,
      topReason: figures ? getTopReason(figures.reasons) : null,
      score: figures ? wilsonLowerBound(figures.no, figures.total) : 0,
    });
  }
  const byTitle = (a: ArticleRow, b: ArticleRow) => a.title.localeCompare(b.title);
  const order: Record<ArticleSort, (a: ArticleRow, b: ArticleRow) => number> = {
    fails: (a, b) => b.score - a.score || b.no - a.no || byTitle(a, b),
    votes: (a, b) => b.votes - a.votes || byTitle(a, b),
    rate: (a, b) => (a.rate ?? 2) - (b.rate ?? 2) || byTitle(a, b),
    title: byTitle,
  };
  rows.sort(order[sort]);
  return { rows, categories, category, sort };
}
