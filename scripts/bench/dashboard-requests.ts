/*
 * Times the dashboard's pages and exports against a running server for `npm run bench:dashboard`.
 */
import { readFileSync } from 'node:fs';

/** Signs in and returns the session cookie. */
export async function signIn(baseUrl: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    body: new URLSearchParams({ password }),
    headers: { Origin: baseUrl },
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || !cookie) throw new Error(`Sign-in failed with ${response.status}: ${await response.text()}`);
  return cookie;
}

/** p50 and p95 of millisecond timings. */
export function percentiles(timings: number[]): { p50: number; p95: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Times `count` sequential GETs of `path` (after one warm-up); fails on any non-200 answer. */
export async function timePage(baseUrl: string, cookie: string, path: string, count: number): Promise<number[]> {
  const timings: number[] = [];
  for (let i = -1; i < count; i += 1) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (i >= 0) timings.push(performance.now() - started);
  }
  return timings;
}

function readRssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** Downloads an export while sampling the server's resident memory; returns rows, seconds and growth. */
export async function timeExport(baseUrl: string, cookie: string, path: string, pid: number): Promise<{ rows: number; seconds: number; rssBeforeMb: number; rssPeakMb: number }> {
  const rssBeforeMb = readRssMegabytes(pid);
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => {
    rssPeakMb = Math.max(rssPeakMb, readRssMegabytes(pid));
  }, 50);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
  if (response.status !== 200 || !response.body) throw new Error(`${path} answered ${response.status}`);
  let rows = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const byte of value) if (byte === 10) rows += 1;
  }
  clearInterval(sampler);
  rssPeakMb = Math.max(rssPeakMb, readRssMegabytes(pid));
  return { rows: rows - 1, seconds: (performance.now() - started) / 1000, rssBeforeMb, rssPeakMb };
}
