import { NextResponse, type NextRequest } from 'next/server';
import { applyAdminHeaders } from '@/lib/admin/admin-headers';
import { guardAdminRequest } from '@/lib/admin/guard-admin-request';
import { findPage, notFoundPagePath } from '@/lib/navigation/find-page';

/** Marks the proxy's own request for a 404 page, so it is served rather than looked up again. */
const INTERNAL_HEADER = 'x-resolve-not-found';

/**
 * Guards the moderation dashboard: every `/admin` request is checked here (disabled → 404,
 * cross-site post → 403, signed out → 303 or 401) and every answer gets no-store and noindex.
 * Route handlers and pages check the session again themselves.
 */
async function guardAdmin(request: NextRequest): Promise<Response> {
  const refused = await guardAdminRequest(request, request.nextUrl.pathname, request.nextUrl.search);
  if (refused) return refused;
  const response = NextResponse.next();
  applyAdminHeaders(response.headers);
  return response;
}

/**
 * Unknown page paths get the prerendered 404 page of their language with status 404, so the
 * 404 is server-rendered inside the site's layout (header, topics, search), also without
 * JavaScript. Next 16 answers a notFound() thrown while rendering with an empty document
 * (`<html id="__next_error__">`) and a rewrite cannot set a status, so the page is fetched.
 */
async function serveNotFound(request: NextRequest): Promise<NextResponse> {
  if (request.headers.get(INTERNAL_HEADER)) return NextResponse.next();
  const page = findPage(request.nextUrl.pathname, request.headers.get('accept-language'));
  if (page.found) return NextResponse.next();
  const target = new URL(notFoundPagePath(page.locale), request.url);
  // Client-side navigations ask for the RSC payload: give them the 404 page's.
  if (request.headers.get('rsc')) return NextResponse.rewrite(target);
  const answer = await fetch(target, { headers: { [INTERNAL_HEADER]: '1', accept: 'text/html' } });
  return new NextResponse(answer.body, {
    status: 404,
    headers: { 'content-type': answer.headers.get('content-type') ?? 'text/html; charset=utf-8', 'cache-control': 'private, no-store', vary: 'Accept-Language' },
  });
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return guardAdmin(request);
  return serveNotFound(request);
}

export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    // Pages only: not build output, API routes, the search index, content files or metadata routes.
    '/((?!_next/|api/|admin|search/|assets/|favicon\\.ico$|icon\\.svg$|robots\\.txt$|sitemap\\.xml$).+)',
  ],
};
