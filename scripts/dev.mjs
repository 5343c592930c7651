// `npm run dev`: check and compile the content once, then run `contentlayer2 dev` (recompiles a
// changed MDX file), the content watcher (checks every change, rewrites the manifest, shows
// problems in the terminal and the browser) and `next dev` (refreshes open pages when the
// manifest's revision changes). A broken edit never stops the servers.
import { spawn, spawnSync } from 'node:child_process';

const first = spawnSync('npm', ['run', 'content:build'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);
// Each child leads its own process group, so stopping it also stops what npx started under it.
const start = (args) => spawn('npx', args, { stdio: 'inherit', detached: true });
const children = [start(['contentlayer2', 'dev']), start(['tsx', 'scripts/content-dev.ts']), start(['next', 'dev', ...process.argv.slice(2)])];
const stop = () => children.forEach((child) => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } });
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; }));
