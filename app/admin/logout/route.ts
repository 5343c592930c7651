import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { handleLogout } from '@/lib/admin/handle-login';

export const dynamic = 'force-dynamic';

/** Ends the dashboard session. */
export async function POST(request: Request) {
  return (await guardAdminRequest(request, '/admin/logout', '')) ?? handleLogout(request);
}
