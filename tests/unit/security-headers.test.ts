import { describe, expect, it } from 'vitest';
import { buildSecurityHeaders } from '@/lib/security/headers';
import { badAddressMessage, hasMalformedPath } from '@/lib/security/request-guard';

const byName = (siteUrl: string) => Object.fromEntries(buildSecurityHeaders({ siteUrl }).map(({ key, value }) => [key, value]));

describe('security headers', () => {
  it('forbid framing, plugins, foreign scripts, <base> and form posts elsewhere', () => {
    const headers = byName('http://localhost:3000');
    const csp = headers['Content-Security-Policy'] ?? '';
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self' 'unsafe-inline'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' });
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('add Strict-Transport-Security only when SITE_URL is https', () => {
    expect(byName('http://localhost:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(byName('https://help.example.com')['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(byName('https://help.example.com')['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });
});

describe('malformed paths', () => {
  it('are told apart from valid percent-encoding', () => {
    for (const bad of ['/en/%', '/%zz', '/en/account/%E0%A4%A', '/a/%?x=1']) expect(hasMalformedPath(bad), bad).toBe(true);
    for (const good of ['/en', '/zh-Hant/%E5%B8%B3%E8%99%9F', '/en/search?q=%', '/en/%20x']) expect(hasMalformedPath(good), good).toBe(false);
  });
});

describe('the answer to a malformed address', () => {
  it('speaks the language of the path, and English elsewhere', () => {
    expect(badAddressMessage('/zh-Hant/%')).toContain('百分比編碼無效');
    expect(badAddressMessage('/zh-Hans/account/%E0%A4%A')).toContain('百分号编码无效');
    expect(badAddressMessage('/en/%')).toMatch(/^Bad request/);
    expect(badAddressMessage('/%zz')).toMatch(/^Bad request/);
  });
});
