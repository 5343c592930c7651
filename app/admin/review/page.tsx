import type { Metadata } from 'next';
import { AdminShell } from '@/components/admin/admin-shell';
import { fieldClass, PeriodFilter } from '@/components/admin/period-filter';
import { ReviewQueue } from '@/components/admin/review-queue';
import { getAdminPageContext } from '@/lib/admin/admin-page-context';
import { getReviewQueue } from '@/lib/admin/get-review-queue';
import { toPeriodQuery } from '@/lib/admin/report-period';

export const metadata: Metadata = { title: 'Review queue' };

/** What needs a writer: overdue reviews, "outdated" votes, missing or older translations. */
export default async function ReviewPage({ searchParams }: PageProps<'/admin/review'>) {
  const params = await searchParams;
  const context = await getAdminPageContext(params);
  const { t, locale } = context;
  const data = await getReviewQueue(context, params);
  return (
    <AdminShell locale={locale} current="review" newComments={context.newComments} here={`/admin/review${toPeriodQuery(context.period)}`}>
      <h1 className="mb-2 text-2xl font-bold text-slate-900 dark:text-white">{t.review.title}</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t.review.intro}</p>
      <PeriodFilter locale={locale} period={context.period} locales={context.content.manifest.site.locales} action="/admin/review">
        <label className="flex flex-col gap-1 text-sm">
          {t.filters.threshold}
          <input type="number" name="threshold" min={1} defaultValue={data.threshold} className={`${fieldClass} w-24`} />
        </label>
      </PeriodFilter>
      <ReviewQueue locale={locale} items={data.items} query={toPeriodQuery(context.period)} />
    </AdminShell>
  );
}
