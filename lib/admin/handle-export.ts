import { getContentIndex } from '@/lib/content/manifest-store';
import { getFeedbackDatabase } from '@/lib/feedback/feedback-context';
import { ADMIN_HEADERS, adminJsonError } from './admin-headers';
import { streamCsv } from './csv';
import { createCsvExport, EXPORT_NAMES, type ExportName } from './export-pages';
import { parseReportPeriod } from './report-period';

/** `GET /admin/export/<name>.csv?period=…&locale=…`: the export streamed as UTF-8 CSV. */
export async function handleExport(request: Request, file: string): Promise<Response> {
  const name = file.replace(/\.csv$/, '');
  if (!file.endsWith('.csv') || !(EXPORT_NAMES as readonly string[]).includes(name)) {
    return adminJsonError(404, `No export named ${file}.`, { file: `expected one of ${EXPORT_NAMES.map((n) => `${n}.csv`).join(', ')}` });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const period = parseReportPeriod(params, getContentIndex().manifest.site.locales);
  const db = await getFeedbackDatabase();
  const csv = createCsvExport(db, name as ExportName, { since: period.since, until: period.until, ...(period.locale ? { locale: period.locale } : {}) });
  const filename = `${name}-${period.from}-to-${period.to}${period.locale ? `-${period.locale}` : ''}.csv`;
  return new Response(streamCsv(csv.header, csv.nextPage), {
    headers: { ...ADMIN_HEADERS, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}
