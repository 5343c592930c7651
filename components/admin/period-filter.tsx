import type { ReactNode } from 'react';
import { PERIOD_CHOICES, type ReportPeriod } from '@/lib/admin/report-period';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';

export interface PeriodFilterProps {
  locale: Locale;
  period: ReportPeriod;
  /** The site's content locales, for the language filter. */
  locales: readonly Locale[];
  /** The page's path, the form's target. */
  action: string;
  /** More filters of the page. */
  children?: ReactNode;
}

export const fieldClass =
  'rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-500 dark:bg-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';
export const buttonClass =
  'rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:bg-brand-600';

/** Period (7/30/90 days or from–to) and language filters, as a plain GET form. */
export function PeriodFilter({ locale, period, locales, action, children }: PeriodFilterProps) {
  const t = getAdminStrings(locale);
  return (
    <form method="get" action={action} aria-label={t.filters.label} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.period}
        <select name="period" defaultValue={period.key === 'custom' ? '30d' : period.key} className={fieldClass}>
          {PERIOD_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {format(t.filters.days, { count: Number.parseInt(choice, 10) })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.from}
        <input type="date" name="from" defaultValue={period.key === 'custom' ? period.from : ''} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.to}
        <input type="date" name="to" defaultValue={period.key === 'custom' ? period.to : ''} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.locale}
        <select name="locale" defaultValue={period.locale ?? ''} className={fieldClass}>
          <option value="">{t.filters.allLocales}</option>
          {locales.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      {children}
      <button type="submit" className={buttonClass}>
        {t.filters.apply}
      </button>
    </form>
  );
}
