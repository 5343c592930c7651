import { getEnv } from '@/lib/env';
import { getResolutionBySource } from '@/lib/feedback/reports';
import { filterVotes, toCount } from '@/lib/feedback/report-helpers';
import type { AdminPageContext } from './admin-page-context';
import { getArticleCatalog, toArticleIdsFilter } from './article-catalog';
import { toReportOptions } from './get-overview';

/** An article for the link picker: its languages and anchors (FAQ entries and headings). */
export interface PickerArticle {
  id: string;
  title: string;
  locales: string[];
  anchors: Array<{ id: string; title: string }>;
}

/**
 * `/admin/links`: resolution by source, the articles shared most through support links
 * (`src=support` visits, counted by their votes) with how often they ended in a Yes, and
 * the articles for the short-link picker.
 */
export async function getLinksPage(context: AdminPageContext) {
  const options = toReportOptions(context.period);
  const catalog = getArticleCatalog(context.content);
  const articleIds = toArticleIdsFilter(catalog);
  const [sources, shared] = await Promise.all([
    getResolutionBySource(context.db, options),
    context.db
      .selectFrom('votes')
      .select('article_id')
      .select((eb) => [eb.fn.countAll<string | number>().as('votes'), eb.fn.countAll<string | number>().filterWhere('resolved', '=', 1).as('yes')])
      .where('source', '=', 'support')
      // Published articles only: the list offers their short links.
      .$call((query) => filterVotes(query, articleIds ? { ...options, articleIds } : options))
      .groupBy('article_id')
      .orderBy('votes', 'desc')
      .orderBy('article_id')
      .limit(20)
      .execute(),
  ]);
  const picker: PickerArticle[] = [...catalog.values()].map((article) => ({
    id: article.id,
    title: article.title,
    locales: article.translations.map((meta) => meta.locale),
    anchors: [
      ...article.primary.faqs.map((faq) => ({ id: faq.id, title: faq.title })),
      ...article.primary.headings.map((heading) => ({ id: heading.slug, title: heading.text })),
    ],
  }));
  return {
    sources,
    shared: shared.filter((row) => catalog.has(row.article_id)).map((row) => {
      const votes = toCount(row.votes);
      const yes = toCount(row.yes);
      return { articleId: row.article_id, title: catalog.get(row.article_id)?.title ?? row.article_id, votes, yes, rate: votes === 0 ? null : yes / votes };
    }),
    picker,
    siteUrl: getEnv().SITE_URL,
  };
}
