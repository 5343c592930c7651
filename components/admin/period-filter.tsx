import type { ReactNode } from 'react';
import { PERIOD_CHOICES, type ReportPeriod } from '@/lib/admin/report-period';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';
import { fieldClass, SelectField, type SelectOption } from './select-field';

export { fieldClass };

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

export const buttonClass =
  'rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:bg-brand-600';

/** The site's languages as choices of a select, each named in its own language. */
export function toLocaleOptions(locales: readonly Locale[]): SelectOption[] {
  return locales.map((code) => ({ value: code, label: LOCALE_NAMES[code], lang: code }));
}

/** Period (7/30/90 days or from–to) and language filters, as a plain GET form. */
export function PeriodFilter({ locale, period, locales, action, children }: PeriodFilterProps) {
  const t = getAdminStrings(locale);
  return (
    <form method="get" action={action} aria-label={t.filters.label} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
      <SelectField
        label={t.filters.period}
        name="period"
        defaultValue={period.key === 'custom' ? '30d' : period.key}
        options={PERIOD_CHOICES.map((choice) => ({ value: choice, label: format(t.filters.days, { count: Number.parseInt(choice, 10) }) }))}
      />
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.from}
        <input type="date" name="from" defaultValue={period.key === 'custom' ? period.from : ''} className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {t.filters.to}
        <input type="date" name="to" defaultValue={period.key === 'custom' ? period.to : ''} className={fieldClass} />
      </label>
      <SelectField label={t.filters.locale} name="locale" defaultValue={period.locale ?? ''} allLabel={t.filters.allLocales} options={toLocaleOptions(locales)} />
      {children}
      <button type="submit" className={buttonClass}>
        {t.filters.apply}
      </button>
    </form>
  );
}
