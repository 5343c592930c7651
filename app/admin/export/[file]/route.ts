import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { handleExport } from '@/lib/admin/handle-export';

export const dynamic = 'force-dynamic';

/** Streams votes.csv, comments.csv or searches.csv for the chosen period and language. */
export async function GET(request: Request, { params }: RouteContext<'/admin/export/[file]'>) {
  const { file } = await params;
  return (await guardAdminRequest(request, `/admin/export/${file}`, '')) ?? handleExport(request, file);
}
