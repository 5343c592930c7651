import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { ArticleDetail } from '@/components/admin/article-detail';
import { PeriodFilter } from '@/components/admin/period-filter';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getArticlePage } from '@/lib/admin/get-article-page';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Article' };

/** One article's resolution per language, FAQ entry, reason and source. */
export default async function AdminArticlePage({ params, searchParams }: PageProps<'/admin/articles/[id]'>) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const context = await getAdminPageContext(query);
  const data = await getArticlePage(context, id);
  if (!data) notFound();
  const path = `/admin/articles/${encodeURIComponent(id)}`;
  return (
    <AdminShell locale={context.locale} current="articles" newComments={context.newComments} here={`${path}${toPeriodQuery(context.period)}`}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{data.article.title}</h1>
      <PeriodFilter locale={context.locale} period={context.period} locales={context.content.manifest.site.locales} action={path} />
      <ArticleDetail locale={context.locale} data={data} />
    </AdminShell>
  );
}
