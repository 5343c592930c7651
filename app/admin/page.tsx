import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { ExportLinks } from '@/components/admin/export-links';
import { OverviewView } from '@/components/admin/overview-view';
import { PeriodFilter } from '@/components/admin/period-filter';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getOverview } from '@/lib/admin/get-overview';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Overview' };

/** The dashboard's overview for a period and language. */
export default async function AdminOverviewPage({ searchParams }: PageProps<'/admin'>) {
  const params = await searchParams;
  const context = await getAdminPageContext(params);
  const overview = await getOverview(context);
  return (
    <AdminShell locale={context.locale} current="overview" newComments={context.newComments} here={`/admin${toPeriodQuery(context.period)}`}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{context.t.overview.title}</h1>
      <PeriodFilter locale={context.locale} period={context.period} locales={context.content.manifest.site.locales} action="/admin" />
      <ExportLinks locale={context.locale} period={context.period} />
      <OverviewView locale={context.locale} period={context.period} overview={overview} />
    </AdminShell>
  );
}
