import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'basic');
const made: string[] = [];

afterEach(() => {
  while (made.length > 0) rmSync(made.pop() as string, { recursive: true, force: true });
});

/** A temporary copy of the basic fixture, with some files overwritten. Removed after the test. */
export function makeContentDir(overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'resolve-content-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, text] of Object.entries(overrides)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** An article file with the given front matter lines and body. */
export function article(frontMatter: string, body = 'Text.\n'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`;
}
