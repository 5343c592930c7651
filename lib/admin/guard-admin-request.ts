import { getEnv } from '@/lib/env';
import { assertSameOrigin } from '@/lib/feedback/read-request';
import { HttpError } from '@/lib/feedback/http-errors';
import { ADMIN_HEADERS, adminJsonError } from './admin-headers';
import { hasAdminSession, isAdminEnabled } from './admin-access';

const PUBLIC_PATHS = new Set(['/admin/login', '/admin/logout']);

/** A 404 that looks like any unknown URL, for when the dashboard is disabled. */
export function adminNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...ADMIN_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Decides whether an `/admin` request may go on: 404 when the dashboard is disabled, 403 for a
 * state-changing request from another origin, and for a signed-out request 303 to the sign-in
 * page (pages) or 401 JSON (exports and actions). Returns undefined when it may go on.
 */
export async function guardAdminRequest(request: Request, pathname: string, search: string): Promise<Response | undefined> {
  if (!isAdminEnabled()) return adminNotFound();
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (!isRead) {
    try {
      assertSameOrigin(request.headers, request.url, getEnv().SITE_URL);
    } catch (error) {
      if (error instanceof HttpError) return adminJsonError(error.status, error.message, error.fields);
      throw error;
    }
  }
  if (PUBLIC_PATHS.has(pathname)) return undefined;
  if (await hasAdminSession(request.headers)) return undefined;
  if (isRead && !pathname.startsWith('/admin/export/')) {
    const next = encodeURIComponent(`${pathname}${search}`);
    // Absolute: the proxy refuses a relative Location.
    const location = new URL(`/admin/login?next=${next}`, request.url).toString();
    return new Response(null, { status: 303, headers: { ...ADMIN_HEADERS, Location: location } });
  }
  return adminJsonError(401, 'Sign in to the dashboard first.', { session: 'missing or expired; POST /admin/login with the password' });
}
