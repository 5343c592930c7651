import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { LinksView } from '@/components/admin/links-view';
import { PeriodFilter } from '@/components/admin/period-filter';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getLinksPage } from '@/lib/admin/get-links-page';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Support links' };

/** Resolution by source, the articles support shares most, and the short-link picker. */
export default async function LinksPage({ searchParams }: PageProps<'/admin/links'>) {
  const context = await getAdminPageContext(await searchParams);
  const data = await getLinksPage(context);
  return (
    <AdminShell locale={context.locale} current="links" newComments={context.newComments} here={`/admin/links${toPeriodQuery(context.period)}`}>
      <h1 className="mb-4 text-2xl font-bold text-slate-900 dark:text-white">{context.t.links.title}</h1>
      <PeriodFilter locale={context.locale} period={context.period} locales={context.content.manifest.site.locales} action="/admin/links" />
      <LinksView locale={context.locale} data={data} query={toPeriodQuery(context.period)} />
    </AdminShell>
  );
}
