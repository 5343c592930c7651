import { LOCALE_REGION_TAGS, type Locale } from '@/lib/i18n/locales';

const tag = (locale: Locale) => LOCALE_REGION_TAGS[locale].replace('_', '-');

/** A count with the locale's digit grouping. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale)).format(value);
}

/** A share as a percentage with one decimal, or "–" for none. */
export function formatShare(value: number | null, locale: Locale): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** The change between two shares in percentage points (`+4.2 pp`), or "–". */
export function formatShareChange(current: number | null, previous: number | null, locale: Locale): string {
  if (current === null || previous === null) return '–';
  const points = (current - previous) * 100;
  const text = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
  return `${text} pp`;
}

/** A moment as date and time in UTC. */
export function formatMoment(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date);
}
