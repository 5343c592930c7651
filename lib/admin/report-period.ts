import { z } from 'zod';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Periods offered by the filter, in days. */
export const PERIOD_CHOICES = ['7d', '30d', '90d'] as const;
const MAX_CUSTOM_DAYS = 366;

/** The period and language a dashboard page reports on, with the period before it. */
export interface ReportPeriod {
  /** `7d`, `30d`, `90d`, or `custom` for `from`/`to`. */
  key: (typeof PERIOD_CHOICES)[number] | 'custom';
  /** First moment of the period. */
  since: Date;
  /** End of the period (exclusive): midnight UTC after its last day. */
  until: Date;
  /** Start of the previous period of the same length (it ends at `since`). */
  previousSince: Date;
  /** First and last UTC day, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Every UTC day of the period, oldest first. */
  days: string[];
  /** One locale, or undefined for all. */
  locale: string | undefined;
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const toDay = (date: Date): string => date.toISOString().slice(0, 10);

const paramsSchema = z.object({
  period: z.enum(PERIOD_CHOICES).catch('30d'),
  from: z.string().regex(DATE).optional().catch(undefined),
  to: z.string().regex(DATE).optional().catch(undefined),
  locale: z.string().optional().catch(undefined),
});

/**
 * Reads `?period=7d|30d|90d` (default 30d) or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both days
 * included, at most 366 days) and `?locale=` (one of `locales`, else all). Bad values fall
 * back to the defaults rather than failing the page.
 */
export function parseReportPeriod(params: SearchParams, locales: readonly string[], now: Date = new Date()): ReportPeriod {
  const parsed = paramsSchema.parse({ period: first(params.period), from: first(params.from), to: first(params.to), locale: first(params.locale) });
  const locale = parsed.locale && locales.includes(parsed.locale) ? parsed.locale : undefined;
  const today = Date.parse(`${toDay(now)}T00:00:00Z`);
  let key: ReportPeriod['key'] = parsed.period;
  let since: number;
  let until: number;
  const from = parsed.from ? Date.parse(`${parsed.from}T00:00:00Z`) : NaN;
  const to = parsed.to ? Date.parse(`${parsed.to}T00:00:00Z`) : NaN;
  if (Number.isFinite(from) && Number.isFinite(to) && from <= to && (to - from) / DAY_MS < MAX_CUSTOM_DAYS) {
    key = 'custom';
    since = from;
    until = to + DAY_MS;
  } else {
    until = today + DAY_MS;
    since = until - Number.parseInt(parsed.period, 10) * DAY_MS;
  }
  const days: string[] = [];
  for (let at = since; at < until; at += DAY_MS) days.push(toDay(new Date(at)));
  return {
    key,
    since: new Date(since),
    until: new Date(until),
    previousSince: new Date(since - (until - since)),
    from: toDay(new Date(since)),
    to: toDay(new Date(until - DAY_MS)),
    days,
    locale,
  };
}

/** The query string that keeps a period and language on links between pages. */
export function toPeriodQuery(period: ReportPeriod, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  if (period.key === 'custom') {
    params.set('from', period.from);
    params.set('to', period.to);
  } else if (period.key !== '30d') params.set('period', period.key);
  if (period.locale) params.set('locale', period.locale);
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
