import { getEnv } from '@/lib/env';
import { deriveSessionKey, getServerSecret } from './admin-secret';
import { createLoginLimiter, type LoginLimiter } from './login-limiter';
import { readCookie, SESSION_COOKIE, verifySessionToken } from './session';

/** True when ADMIN_PASSWORD is set; otherwise every `/admin` URL answers 404. */
export function isAdminEnabled(): boolean {
  return Boolean(getEnv().ADMIN_PASSWORD);
}

/** True when the site is served over https, so the session cookie gets `Secure`. */
export function isSecureSite(): boolean {
  return getEnv().SITE_URL.startsWith('https:');
}

/** The key that signs sessions. Only call it when {@link isAdminEnabled}. */
export async function getSessionKey(): Promise<Buffer> {
  return deriveSessionKey(await getServerSecret(), getEnv().ADMIN_PASSWORD ?? '');
}

/** True when the request carries a valid, unexpired session cookie. */
export async function hasAdminSession(headers: Headers): Promise<boolean> {
  if (!isAdminEnabled()) return false;
  return verifySessionToken(await getSessionKey(), readCookie(headers.get('cookie'), SESSION_COOKIE));
}

const KEY = Symbol.for('resolve.adminLoginLimiter');
const holder = globalThis as typeof globalThis & { [KEY]?: LoginLimiter };

/** The process's sign-in limiter: 5 failures per address in 15 minutes (in memory, per process). */
export function getLoginLimiter(): LoginLimiter {
  holder[KEY] ??= createLoginLimiter();
  return holder[KEY];
}
