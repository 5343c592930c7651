import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getContentIndex } from '@/lib/content/manifest-store';
import { getFeedbackDatabase } from '@/lib/feedback/feedback-context';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import type { Locale } from '@/lib/i18n/locales';
import { hasAdminSession, isAdminEnabled } from './admin-access';
import { pickAdminLocale } from './admin-locale';
import { countQueuedComments } from './moderation';
import { parseReportPeriod, type ReportPeriod } from './report-period';

type SearchParams = Record<string, string | string[] | undefined>;

/** What every dashboard page needs: its language and words, the database, the content, the period. */
export async function getAdminPageContext(searchParams: SearchParams) {
  if (!isAdminEnabled()) notFound();
  const requestHeaders = await headers();
  // The proxy already redirected signed-out visitors; this guards the page on its own too.
  if (!(await hasAdminSession(requestHeaders))) redirect('/admin/login');
  const locale: Locale = pickAdminLocale(requestHeaders);
  const db = await getFeedbackDatabase();
  const content = getContentIndex();
  const period: ReportPeriod = parseReportPeriod(searchParams, content.manifest.site.locales);
  const newComments = await countQueuedComments(db, { state: 'new' });
  return { locale, t: getAdminStrings(locale), db, content, period, newComments };
}

export type AdminPageContext = Awaited<ReturnType<typeof getAdminPageContext>>;

/** The one value of a query parameter. */
export function readParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
