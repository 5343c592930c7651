// `npm run dev`: validate and compile the content once, then run `contentlayer2 dev` (recompiles
// MDX on change) beside `next dev`. Edits to front matter need a restart to refresh the manifest.
import { spawn, spawnSync } from 'node:child_process';

const first = spawnSync('npm', ['run', 'content:build'], { stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);
const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit' }),
  spawn('npx', ['next', 'dev'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', (code) => { stop(); process.exitCode = code ?? 0; }));
