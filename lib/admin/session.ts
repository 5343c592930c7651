import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the admin session cookie. */
export const SESSION_COOKIE = 'resolve_admin';
/** A session lasts 12 hours from sign-in. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const TOKEN = /^(\d{13})\.([0-9a-f]{32})\.([0-9a-f]{64})$/;

// Sessions ended by sign-out, until they would have expired anyway. Per process (on globalThis,
// so the proxy and the route handlers share it): with several app servers a signed-out cookie
// stays valid on the others until it expires.
const REVOKED = Symbol.for('resolve.revokedAdminSessions');
const holder = globalThis as typeof globalThis & { [REVOKED]?: Map<string, number> };
const revoked = (holder[REVOKED] ??= new Map<string, number>());

function sign(key: Buffer, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('hex');
}

/** A new session token `issuedAt.nonce.signature`; every sign-in gets a fresh nonce. */
export function createSessionToken(key: Buffer, now: Date = new Date()): string {
  const payload = `${now.getTime()}.${randomBytes(16).toString('hex')}`;
  return `${payload}.${sign(key, payload)}`;
}

/** True when `token` was signed with `key`, is under 12 hours old and was not signed out. */
export function verifySessionToken(key: Buffer, token: string | undefined, now: Date = new Date()): boolean {
  const match = token ? TOKEN.exec(token) : null;
  if (!match) return false;
  const [, issued, nonce, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(key, `${issued}.${nonce}`), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return false;
  const age = now.getTime() - Number(issued);
  if (age < 0 || age >= SESSION_MAX_AGE_SECONDS * 1000) return false;
  return !revoked.has(nonce);
}

/** Ends a session in this process (sign-out). */
export function revokeSessionToken(token: string | undefined, now: Date = new Date()): void {
  const match = token ? TOKEN.exec(token) : null;
  if (!match?.[1] || !match[2]) return;
  for (const [nonce, expiresAt] of revoked) if (expiresAt <= now.getTime()) revoked.delete(nonce);
  revoked.set(match[2], Number(match[1]) + SESSION_MAX_AGE_SECONDS * 1000);
}

/** The Set-Cookie value for a new session; `secure` when the site is served over https. */
export function formatSessionCookie(token: string, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/admin',
    `Max-Age=${SESSION_MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie value that removes the session cookie. */
export function formatClearedSessionCookie(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, 'Path=/admin', 'Max-Age=0', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
