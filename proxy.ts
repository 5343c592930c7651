import { type NextRequest, NextResponse } from 'next/server';
import { applyAdminHeaders } from '@/lib/admin/admin-headers';
import { guardAdminRequest } from '@/lib/admin/guard-admin-request';

/**
 * Guards the moderation dashboard: every `/admin` request is checked here (disabled → 404,
 * cross-site post → 403, signed out → 303 or 401) and every answer gets no-store and noindex.
 * Route handlers and pages check the session again themselves.
 */
export async function proxy(request: NextRequest) {
  const refused = await guardAdminRequest(request, request.nextUrl.pathname, request.nextUrl.search);
  if (refused) return refused;
  const response = NextResponse.next();
  applyAdminHeaders(response.headers);
  return response;
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
