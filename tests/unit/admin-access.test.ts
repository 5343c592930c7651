import { describe, expect, it } from 'vitest';
import { deriveSessionKey } from '@/lib/admin/admin-secret';
import { checkPassword } from '@/lib/admin/check-password';
import { createLoginLimiter } from '@/lib/admin/login-limiter';
import { toSafeNextPath } from '@/lib/admin/safe-next-path';
import { createSessionToken, formatSessionCookie, revokeSessionToken, verifySessionToken } from '@/lib/admin/session';

const key = deriveSessionKey('server-secret-0123456789', 'correct horse');

describe('admin sessions', () => {
  it('accepts a token it signed for 12 hours, then refuses it', () => {
    const issued = new Date('2026-11-23T08:00:00Z');
    const token = createSessionToken(key, issued);
    expect(verifySessionToken(key, token, new Date('2026-11-23T19:59:00Z'))).toBe(true);
    expect(verifySessionToken(key, token, new Date('2026-11-23T20:00:00Z'))).toBe(false);
  });

  it('refuses a forged, altered or foreign-key token', () => {
    const now = new Date();
    const token = createSessionToken(key, now);
    const [issued, nonce, signature] = token.split('.');
    expect(verifySessionToken(key, `${Number(issued) + 1}.${nonce}.${signature}`, now)).toBe(false);
    expect(verifySessionToken(deriveSessionKey('server-secret-0123456789', 'new password'), token, now)).toBe(false);
    expect(verifySessionToken(key, 'garbage', now)).toBe(false);
    expect(verifySessionToken(key, undefined, now)).toBe(false);
  });

  it('gives every sign-in a new token and ends a session at sign-out', () => {
    const now = new Date();
    const first = createSessionToken(key, now);
    const second = createSessionToken(key, now);
    expect(first).not.toBe(second);
    revokeSessionToken(first, now);
    expect(verifySessionToken(key, first, now)).toBe(false);
    expect(verifySessionToken(key, second, now)).toBe(true);
  });

  it('sets the cookie HttpOnly, SameSite=Strict, for 12 hours, Secure only on https', () => {
    expect(formatSessionCookie('t', false)).toBe('resolve_admin=t; Path=/admin; Max-Age=43200; HttpOnly; SameSite=Strict');
    expect(formatSessionCookie('t', true)).toContain('; Secure');
  });
});

describe('the sign-in limiter', () => {
  it('refuses an address after five failures in 15 minutes until the oldest leaves the window', () => {
    let now = 0;
    const limiter = createLoginLimiter({ now: () => now });
    for (let i = 0; i < 5; i += 1) {
      expect(limiter.check('a').allowed).toBe(true);
      limiter.fail('a');
      now += 60_000;
    }
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(limiter.check('b').allowed).toBe(true);
    now = 15 * 60_000 + 1;
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('forgets the failures of an address that signed in', () => {
    const limiter = createLoginLimiter();
    for (let i = 0; i < 4; i += 1) limiter.fail('a');
    limiter.clear('a');
    limiter.fail('a');
    expect(limiter.check('a').allowed).toBe(true);
  });
});

describe('passwords and the next path', () => {
  it('compares passwords of any length', () => {
    expect(checkPassword('correct horse', 'correct horse')).toBe(true);
    expect(checkPassword('correct hors', 'correct horse')).toBe(false);
    expect(checkPassword('', 'correct horse')).toBe(false);
  });

  it('only goes on to dashboard paths of this site', () => {
    expect(toSafeNextPath('/admin/comments?state=new')).toBe('/admin/comments?state=new');
    expect(toSafeNextPath('https://evil.example/admin')).toBe('/admin');
    expect(toSafeNextPath('//evil.example/admin')).toBe('/admin');
    expect(toSafeNextPath('/administrator')).toBe('/admin');
    expect(toSafeNextPath('/admin/\\evil')).toBe('/admin');
    expect(toSafeNextPath('/admin/login')).toBe('/admin');
    expect(toSafeNextPath(undefined)).toBe('/admin');
  });
});
