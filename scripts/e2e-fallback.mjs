// `npm run test:e2e:fallback`: end-to-end tests of the fallback notice on a small fixture
// (tests/fixtures/fallback: an article whose zh-Hant copy still needs translation). The fixture
// needs its own production build, and the build's outputs (.contentlayer, .next, public/search)
// live in the project folder, so it is built in a copy: the tracked files, the fixture and a
// hard-linked node_modules under .bench/ (ignored by git, ESLint and TypeScript).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const dir = path.join('.bench', 'e2e-fallback');
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\0').filter(Boolean);
for (const file of files) {
  if (file.startsWith('.bench/')) continue;
  try {
    cpSync(file, path.join(dir, file));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error; // deleted in the work tree but not yet in git
  }
}
// Hard links: instant and no extra space; Turbopack refuses a symlinked node_modules.
run('cp', ['-al', 'node_modules', path.join(dir, 'node_modules')]);
run('npm', ['run', 'build'], { cwd: dir, env: { ...process.env, CONTENT_DIR: 'tests/fixtures/fallback', NEXT_TELEMETRY_DISABLED: '1' } });
run('npx', ['playwright', 'test', '--config', 'playwright.fallback.config.ts', ...process.argv.slice(2)]);
