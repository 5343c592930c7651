import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLastCommitDates } from '@/lib/content/git-dates';
import { buildFaqPageJsonLd } from '@/lib/content/structured-data';
import { EnvError, readEnv } from '@/lib/env';

describe('last commit dates from git', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'resolve-git-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (args: string[], date: string) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });

  it('gives each file the date of the newest commit that touched it', () => {
    git(['init', '-q'], '2026-01-01T10:00:00Z');
    mkdirSync(path.join(repo, 'content', 'en'), { recursive: true });
    writeFileSync(path.join(repo, 'content', 'en', 'a b.mdx'), 'one');
    writeFileSync(path.join(repo, 'content', 'en', 'c.mdx'), 'one');
    git(['add', '.'], '2026-01-01T10:00:00Z');
    git(['commit', '-qm', 'first'], '2026-01-01T10:00:00Z');
    writeFileSync(path.join(repo, 'content', 'en', 'c.mdx'), 'two');
    git(['commit', '-qam', 'second'], '2026-02-03T10:00:00Z');
    const dates = readLastCommitDates(path.join(repo, 'content'));
    expect(dates.get(path.join(repo, 'content', 'en', 'a b.mdx'))).toBe('2026-01-01');
    expect(dates.get(path.join(repo, 'content', 'en', 'c.mdx'))).toBe('2026-02-03');
  });

  it('returns no dates outside a git work tree', () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'resolve-nogit-'));
    expect(readLastCommitDates(plain).size).toBe(0);
    rmSync(plain, { recursive: true, force: true });
  });
});

describe('FAQ structured data', () => {
  const faqs = [
    { id: 'faq-a', title: 'Can I?', answer: 'Yes, you can. See this.' },
    { id: 'faq-b', title: 'How?', answer: 'Open it. Done.' },
  ];

  it('builds FAQPage JSON-LD only for pages with questions', () => {
    const data = buildFaqPageJsonLd({ locale: 'en' }, faqs, 'https://h.example/en/x');
    expect(data).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Can I?', url: 'https://h.example/en/x#faq-a', acceptedAnswer: { text: 'Yes, you can. See this.' } }, { name: 'How?' }] });
    expect(buildFaqPageJsonLd({ locale: 'en' }, [], 'https://h.example/en/y')).toBeUndefined();
  });
});

describe('environment', () => {
  it('applies defaults and treats empty values as unset', () => {
    expect(readEnv({ PORT: '', SITE_URL: 'https://help.example.com/' })).toMatchObject({ PORT: 3000, CONTENT_DIR: 'content', SITE_URL: 'https://help.example.com' });
  });

  it('names every wrong variable', () => {
    expect(() => readEnv({ PORT: 'eighty', SITE_URL: 'not a url' })).toThrow(EnvError);
    expect(() => readEnv({ PORT: 'eighty', SITE_URL: 'not a url' })).toThrow(/PORT[\s\S]*SITE_URL: must be an absolute URL/);
  });
});
