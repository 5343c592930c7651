import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { PeriodFilter } from '@/components/admin/period-filter';
import { SearchesView } from '@/components/admin/searches-view';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getSearchesPage } from '@/lib/admin/get-searches-page';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Searches' };

/** Top searches, content gaps and searches that ended in No. */
export default async function SearchesPage({ searchParams }: PageProps<'/admin/searches'>) {
  const context = await getAdminPageContext(await searchParams);
  const data = await getSearchesPage(context);
  return (
    <AdminShell locale={context.locale} current="searches" newComments={context.newComments} here={`/admin/searches${toPeriodQuery(context.period)}`}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{context.t.searches.title}</h1>
      <PeriodFilter locale={context.locale} period={context.period} locales={context.content.manifest.site.locales} action="/admin/searches" />
      <SearchesView locale={context.locale} data={data} query={toPeriodQuery(context.period)} />
    </AdminShell>
  );
}
