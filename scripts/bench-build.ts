/*
 * `npm run bench:build [-- --articles 3000]`: generates a synthetic corpus into a temporary
 * CONTENT_DIR, builds it in a scratch copy of the project (so the real .next and .contentlayer
 * are untouched) and prints wall time, articles per second and peak RSS of the whole build
 * (every child process included, sampled from /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticCorpus } from './bench/synthetic-corpus';

const argIndex = process.argv.indexOf('--articles');
const total = Number(argIndex > 0 ? process.argv[argIndex + 1] : process.env.BENCH_ARTICLES ?? 3000);
const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'resolve-bench-'));
const contentDir = path.join(work, 'content');
// The scratch copy sits inside the repository so Turbopack finds node_modules (and the
// lockfile that marks its root) by walking up; a symlinked node_modules is not followed.
const project = path.join(root, '.bench', `site-${process.pid}`);

mkdirSync(contentDir);
writeSyntheticCorpus(contentDir, total);
mkdirSync(project, { recursive: true });
// What `npm run build` needs, and no more: next build type-checks every .ts file it finds.
for (const entry of ['app', 'components', 'lib', 'scripts/content-build.ts', 'instrumentation.ts', 'package.json', 'tsconfig.json', 'next.config.ts', 'postcss.config.mjs', 'contentlayer.config.ts']) {
  cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
}

/** Sum of RSS (bytes) of `pid` and all its descendants. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(name), Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    sum += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return sum;
}

const started = performance.now();
const child = spawn('npm', ['run', 'build'], {
  cwd: project,
  env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let peak = 0;
const sampler = setInterval(() => {
  if (child.pid) peak = Math.max(peak, treeRss(child.pid));
}, 100);
let log = '';
child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
child.on('exit', (code) => {
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const pages = existsSync(path.join(project, '.next')) ? log.match(/Generating static pages[^\n]*\((\d+)\/(\d+)\)/g)?.pop() : undefined;
  if (code !== 0) console.error(log.slice(-4000));
  console.log(`articles:          ${total} (${Math.ceil(total / 3)} per locale, 3 locales)`);
  console.log(`build:             ${code === 0 ? 'ok' : `FAILED (exit ${code})`}${pages ? `, ${pages.replace(/^.*\(/, '').replace(')', '')} static pages` : ''}`);
  console.log(`wall time:         ${seconds.toFixed(1)} s`);
  console.log(`articles/second:   ${(total / seconds).toFixed(1)}`);
  console.log(`peak RSS (tree):   ${(peak / 1024 ** 3).toFixed(2)} GB`);
  if (!process.env.BENCH_KEEP) {
    rmSync(work, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  } else console.log(`kept:              ${work} and ${project}`);
  process.exit(code ?? 1);
});
