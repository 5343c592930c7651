import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatVisitorDay, hashVisitor, loadOrCreateSecret, VisitorSecretError } from '@/lib/feedback/visitor';

const VISITOR = { ip: '203.0.113.42', userAgent: 'Mozilla/5.0 (iPhone)', secret: 's'.repeat(64), day: '2026-11-23' };

describe('telling visitors apart without storing who they are', () => {
  it('gives the same visitor the same 32-character hash all day', () => {
    const hash = hashVisitor(VISITOR);
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hashVisitor({ ...VISITOR })).toBe(hash);
  });

  it('changes the hash every day', () => {
    expect(hashVisitor({ ...VISITOR, day: '2026-11-24' })).not.toBe(hashVisitor(VISITOR));
  });

  it('gives different hashes under different secrets, IPs and browsers', () => {
    const hash = hashVisitor(VISITOR);
    expect(hashVisitor({ ...VISITOR, secret: 't'.repeat(64) })).not.toBe(hash);
    expect(hashVisitor({ ...VISITOR, ip: '203.0.113.43' })).not.toBe(hash);
    expect(hashVisitor({ ...VISITOR, userAgent: 'Mozilla/5.0 (Android)' })).not.toBe(hash);
  });

  it('never contains the IP address', () => {
    for (const ip of ['203.0.113.42', '2001:db8::1', '1111']) {
      const hash = hashVisitor({ ...VISITOR, ip });
      expect(hash).not.toContain(ip);
      expect(hash).not.toContain(ip.replaceAll('.', ''));
    }
  });

  it('formats the UTC day and refuses a day in another format', () => {
    expect(formatVisitorDay(new Date('2026-11-23T23:59:59.999Z'))).toBe('2026-11-23');
    expect(() => hashVisitor({ ...VISITOR, day: '23.11.2026' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('keeping the visitor secret', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('uses FEEDBACK_SECRET when given and writes nothing', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'resolve-secret-'));
    expect(await loadOrCreateSecret({ dataDir, envSecret: 'from-the-environment' })).toBe('from-the-environment');
    await expect(stat(path.join(dataDir, 'feedback-secret'))).rejects.toThrow();
  });

  it('creates a private random secret on first start and reuses it afterwards', async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'resolve-secret-')), 'data');
    const first = await loadOrCreateSecret({ dataDir });
    const file = path.join(dataDir, 'feedback-secret');

    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecret({ dataDir })).toBe(first);
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
  });

  it('agrees on one secret when several processes start at once', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'resolve-secret-'));
    const dir = dataDir;
    const secrets = await Promise.all(Array.from({ length: 10 }, () => loadOrCreateSecret({ dataDir: dir })));
    expect(new Set(secrets).size).toBe(1);
  });

  it('refuses a damaged secret file and says how to recover', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'resolve-secret-'));
    await writeFile(path.join(dataDir, 'feedback-secret'), 'not hex');
    const loading = loadOrCreateSecret({ dataDir });
    await expect(loading).rejects.toThrow(VisitorSecretError);
    await expect(loading).rejects.toThrow(/Delete it .* or set FEEDBACK_SECRET/);
  });
});
