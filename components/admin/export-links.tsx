import { type ReportPeriod, toPeriodQuery } from '@/lib/admin/report-period';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';

export interface ExportLinksProps {
  locale: Locale;
  period: ReportPeriod;
}

/** Links to the CSV exports of the chosen period and language. */
export function ExportLinks({ locale, period }: ExportLinksProps) {
  const t = getAdminStrings(locale);
  const query = toPeriodQuery(period);
  const files = [
    ['votes', t.export.votes],
    ['comments', t.export.comments],
    ['searches', t.export.searches],
  ] as const;
  return (
    <nav aria-label={t.export.label} className="mb-6 flex flex-wrap gap-3 text-sm">
      {files.map(([file, label]) => (
        <a key={file} href={`/admin/export/${file}.csv${query}`} download className="rounded text-brand-700 underline underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-300">
          {label}
        </a>
      ))}
    </nav>
  );
}
