import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const SITE = 'http://help.example';

async function loadGuard(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value ?? '');
  return import('@/lib/admin/guard-admin-request');
}

const get = (pathname: string, headers: Record<string, string> = {}) => new Request(`${SITE}${pathname}`, { headers });
const post = (pathname: string, headers: Record<string, string> = {}) => new Request(`${SITE}${pathname}`, { method: 'POST', headers });

describe('the /admin guard', () => {
  const cwd = process.cwd();
  const work = mkdtempSync(path.join(tmpdir(), 'resolve-admin-guard-'));
  afterEach(() => {
    vi.unstubAllEnvs();
    process.chdir(cwd);
  });

  it('answers 404 for every /admin URL when ADMIN_PASSWORD is not set', async () => {
    const { guardAdminRequest } = await loadGuard({ ADMIN_PASSWORD: undefined, SITE_URL: SITE });
    for (const pathname of ['/admin', '/admin/login', '/admin/export/votes.csv']) {
      const answer = await guardAdminRequest(get(pathname), pathname, '');
      expect(answer?.status).toBe(404);
      expect(answer?.headers.get('x-robots-tag')).toContain('noindex');
    }
  });

  it('sends signed-out pages to sign in, answers 401 to exports and actions, 403 to cross-site posts', async () => {
    process.chdir(work);
    const { guardAdminRequest } = await loadGuard({ ADMIN_PASSWORD: 'correct horse', SITE_URL: SITE, FEEDBACK_SECRET: 'guard-test-secret-0123' });
    const page = await guardAdminRequest(get('/admin/articles?period=7d'), '/admin/articles', '?period=7d');
    expect(page?.status).toBe(303);
    expect(page?.headers.get('location')).toBe(`${SITE}/admin/login?next=%2Fadmin%2Farticles%3Fperiod%3D7d`);
    expect(page?.headers.get('cache-control')).toBe('no-store');
    expect((await guardAdminRequest(get('/admin/export/votes.csv'), '/admin/export/votes.csv', ''))?.status).toBe(401);
    const action = await guardAdminRequest(post('/admin/comments/moderate', { origin: SITE }), '/admin/comments/moderate', '');
    expect(action?.status).toBe(401);
    expect(await action?.json()).toMatchObject({ error: expect.any(String), fields: expect.any(Object) });
    const crossSite = await guardAdminRequest(post('/admin/login', { origin: 'https://evil.example' }), '/admin/login', '');
    expect(crossSite?.status).toBe(403);
    expect(await guardAdminRequest(get('/admin/login'), '/admin/login', '')).toBeUndefined();
    expect(await guardAdminRequest(post('/admin/login', { origin: SITE }), '/admin/login', '')).toBeUndefined();
  });

  it('lets a request with a valid session through', async () => {
    process.chdir(work);
    const { guardAdminRequest } = await loadGuard({ ADMIN_PASSWORD: 'correct horse', SITE_URL: SITE, FEEDBACK_SECRET: 'guard-test-secret-0123' });
    const { getSessionKey } = await import('@/lib/admin/admin-access');
    const { createSessionToken } = await import('@/lib/admin/session');
    const cookie = `resolve_admin=${createSessionToken(await getSessionKey())}`;
    expect(await guardAdminRequest(get('/admin/comments', { cookie }), '/admin/comments', '')).toBeUndefined();
    expect(await guardAdminRequest(post('/admin/comments/moderate', { cookie, origin: SITE }), '/admin/comments/moderate', '')).toBeUndefined();
    expect((await guardAdminRequest(get('/admin/comments', { cookie: 'resolve_admin=1.2.3' }), '/admin/comments', ''))?.status).toBe(303);
    rmSync(work, { recursive: true, force: true });
  });
});
