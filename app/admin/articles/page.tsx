import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticlesTable } from '@/components/admin/articles-table';
import { fieldClass, PeriodFilter } from '@/components/admin/period-filter';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { ARTICLE_SORTS, getArticlesPage } from '@/lib/admin/get-articles-page';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Articles' };

/** Every published article with its resolution in the period. */
export default async function ArticlesPage({ searchParams }: PageProps<'/admin/articles'>) {
  const params = await searchParams;
  const context = await getAdminPageContext(params);
  const { t, locale, period } = context;
  const data = await getArticlesPage(context, params);
  return (
    <AdminShell locale={locale} current="articles" newComments={context.newComments} here={`/admin/articles${toPeriodQuery(period, { category: data.category, sort: data.sort })}`}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{t.articles.title}</h1>
      <PeriodFilter locale={locale} period={period} locales={context.content.manifest.site.locales} action="/admin/articles">
        <label className="flex flex-col gap-1 text-sm">
          {t.filters.category}
          <select name="category" defaultValue={data.category ?? ''} className={fieldClass}>
            <option value="">{t.filters.allCategories}</option>
            {data.categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t.filters.sort}
          <select name="sort" defaultValue={data.sort} className={fieldClass}>
            {ARTICLE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t.sorts[sort]}
              </option>
            ))}
          </select>
        </label>
      </PeriodFilter>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">{t.articles.scoreHint}</p>
      <ArticlesTable locale={locale} rows={data.rows} query={toPeriodQuery(period)} />
    </AdminShell>
  );
}
