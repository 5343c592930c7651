import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { handleLogin, showLoginForm } from '@/lib/admin/handle-login';

export const dynamic = 'force-dynamic';

/** The dashboard's sign-in form. */
export async function GET(request: Request) {
  return (await guardAdminRequest(request, '/admin/login', '')) ?? showLoginForm(request);
}

/** Signs in with the form field `password` (and an optional `next` path). */
export async function POST(request: Request) {
  return (await guardAdminRequest(request, '/admin/login', '')) ?? handleLogin(request);
}
