import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Last commit date (YYYY-MM-DD) of every file under `dir`, from one `git log` run.
 * Returns an empty map when `dir` is not in a git work tree (a synthetic corpus, a tarball).
 * @returns absolute file path → date of the newest commit that touched it
 */
export function readLastCommitDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let root: string;
  let log: string;
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['log', '--format=%x1e%cs', '--name-only', '--no-renames', '-z', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  // Newest commits come first, so the first date seen for a file is its last change.
  for (const record of log.split('\x1e')) {
    const [header, ...files] = record.split('\0');
    const date = header?.trim();
    if (!date) continue;
    for (const name of files) {
      const file = name.trim();
      if (file === '') continue;
      const absolute = path.join(root, file);
      if (!dates.has(absolute)) dates.set(absolute, date);
    }
  }
  return dates;
}
