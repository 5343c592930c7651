import { getEnv } from '@/lib/env';
import { getClientAddress } from '@/lib/feedback/read-request';
import { ADMIN_HEADERS } from './admin-headers';
import { getLoginLimiter, getSessionKey, isSecureSite } from './admin-access';
import { pickAdminLocale } from './admin-locale';
import { getServerSecret, hashAddress } from './admin-secret';
import { checkPassword } from './check-password';
import { renderLoginPage, type LoginPageOptions } from './render-login-page';
import { toSafeNextPath } from './safe-next-path';
import { createSessionToken, formatClearedSessionCookie, formatSessionCookie, readCookie, revokeSessionToken, SESSION_COOKIE } from './session';

function htmlResponse(status: number, options: LoginPageOptions, extra: Record<string, string> = {}): Response {
  return new Response(renderLoginPage(options), {
    status,
    headers: { ...ADMIN_HEADERS, 'Content-Type': 'text/html; charset=utf-8', ...extra },
  });
}

/** `GET /admin/login`: the sign-in form. */
export function showLoginForm(request: Request): Response {
  const next = toSafeNextPath(new URL(request.url).searchParams.get('next'));
  return htmlResponse(200, { locale: pickAdminLocale(request.headers), next });
}

async function readForm(request: Request): Promise<{ password: string; next: string }> {
  const form = await request.formData().catch(() => undefined);
  const password = form?.get('password');
  return { password: typeof password === 'string' ? password : '', next: toSafeNextPath(form?.get('next')) };
}

/**
 * `POST /admin/login`: refused with 429 past 5 failures from the address in 15 minutes; 401
 * with the form for a wrong password (logged with the time and a hash of the address, never
 * the password); otherwise a fresh session cookie and 303 to `next`.
 */
export async function handleLogin(request: Request): Promise<Response> {
  const locale = pickAdminLocale(request.headers);
  const address = getClientAddress(request.headers);
  const limiter = getLoginLimiter();
  const { password, next } = await readForm(request);
  const limit = limiter.check(address);
  if (!limit.allowed) {
    const retry = String(limit.retryAfterSeconds);
    return htmlResponse(429, { locale, next, error: { retryAfterSeconds: limit.retryAfterSeconds } }, { 'Retry-After': retry });
  }
  if (!checkPassword(password, getEnv().ADMIN_PASSWORD ?? '')) {
    limiter.fail(address);
    const addressHash = hashAddress(await getServerSecret(), address);
    console.warn(`admin sign-in failed at ${new Date().toISOString()} from address ${addressHash}`);
    return htmlResponse(401, { locale, next, error: 'wrong' });
  }
  limiter.clear(address);
  const token = createSessionToken(await getSessionKey());
  return new Response(null, {
    status: 303,
    headers: { ...ADMIN_HEADERS, Location: next, 'Set-Cookie': formatSessionCookie(token, isSecureSite()) },
  });
}

/** `POST /admin/logout`: ends the session and goes back to the sign-in page. */
export function handleLogout(request: Request): Response {
  revokeSessionToken(readCookie(request.headers.get('cookie'), SESSION_COOKIE));
  return new Response(null, {
    status: 303,
    headers: { ...ADMIN_HEADERS, Location: '/admin/login', 'Set-Cookie': formatClearedSessionCookie(isSecureSite()) },
  });
}
