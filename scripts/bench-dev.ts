/*
 * `npm run bench:dev`: the writers' loop. Starts `npm run dev` on BENCH_DEV_PORT (default 3201),
 * opens an article in Chromium, then saves an edit to its MDX file N times (default 5; `-- --edits 9`)
 * and prints how long each took to show in the open page, with the median. Then saves a broken
 * edit and times the checker's message appearing in the page, and the repair. The article file
 * is restored afterwards.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PORT = Number(process.env.BENCH_DEV_PORT ?? 3201);
const FILE = 'content/en/account/reset-password.mdx';
const URL = `http://127.0.0.1:${PORT}/en/account/reset-password`;
const editsArg = process.argv.indexOf('--edits');
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 5;
const original = readFileSync(FILE, 'utf8');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dev = spawn(process.execPath, ['scripts/dev.mjs', '-p', String(PORT), '-H', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let log = '';
dev.stdout.on('data', (chunk: Buffer) => { log += chunk.toString(); });
dev.stderr.on('data', (chunk: Buffer) => { log += chunk.toString(); });
const restore = () => writeFileSync(FILE, original);
const stopDev = () => { try { process.kill(-(dev.pid ?? 0), 'SIGTERM'); } catch { /* already gone */ } };
process.on('SIGINT', () => { restore(); stopDev(); process.exit(130); });

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`dev server did not answer ${URL} within 120 s:\n${log.slice(-2000)}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  await waitForServer();
  const page = await browser.newPage();
  await page.goto(URL);
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const marker = `Edited paragraph ${Date.now()}-${i}.`;
    const started = performance.now();
    writeFileSync(FILE, `${original.trimEnd()}\n\n${marker}\n`);
    await page.getByText(marker).waitFor({ timeout: 30_000 });
    times.push(performance.now() - started);
    console.log(`edit ${i + 1}: shown after ${Math.round(times.at(-1) ?? 0)} ms`);
  }
  console.log(`edit to browser: median ${Math.round(median(times))} ms, min ${Math.round(Math.min(...times))} ms, max ${Math.round(Math.max(...times))} ms over ${times.length} edits`);

  let started = performance.now();
  writeFileSync(FILE, `${original.trimEnd()}\n\n<label>\nbroken\n</div>\n`);
  // Next's dev overlay holds the message at once (behind its issues badge); a reload shows it open.
  await page.getByText('MDX syntax error').first().waitFor({ state: 'attached', timeout: 30_000 });
  console.log(`broken edit: checker's message in the page's error overlay after ${Math.round(performance.now() - started)} ms`);
  if (process.env.BENCH_DEV_SCREENSHOT) await page.screenshot({ path: process.env.BENCH_DEV_SCREENSHOT });
  // The overlay starts collapsed behind Next's issues badge; the writer opens it with one click.
  await page.getByRole('button', { name: /issue/i }).first().click();
  await page.getByText('MDX syntax error').first().waitFor({ timeout: 30_000 });
  console.log('broken edit: the issues badge opens the overlay with the message');
  const marker = `Repaired ${Date.now()}.`;
  started = performance.now();
  writeFileSync(FILE, `${original.trimEnd()}\n\n${marker}\n`);
  await page.goto(URL);
  await page.getByText(marker).waitFor({ timeout: 30_000 });
  console.log(`repair: article back after ${Math.round(performance.now() - started)} ms; dev server ${dev.exitCode === null ? 'still running' : `exited with ${dev.exitCode}`}`);
} finally {
  restore();
  await browser.close();
  stopDev();
}
