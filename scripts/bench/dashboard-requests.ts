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

// A `--trace-gc` line: "Scavenge 58.1 (93.9) -> 48.1 (92.8) MB" (heap used before and after, heap committed in brackets).
const GC_LINE = /(?:Scavenge|Mark-Compact)[^\n]*? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g;

/** The JS heap figures of the `--trace-gc` lines in `output`: the most used and the most committed. */
export function readGcPeaks(output: string): { usedMb: number; committedMb: number } | undefined {
  let peaks: { usedMb: number; committedMb: number } | undefined;
  for (const match of output.matchAll(GC_LINE)) {
    const usedMb = Number(match[1]);
    const committedMb = Math.max(Number(match[2]), Number(match[4]));
    peaks = { usedMb: Math.max(peaks?.usedMb ?? 0, usedMb), committedMb: Math.max(peaks?.committedMb ?? 0, committedMb) };
  }
  return peaks;
}

/** What an export cost the server: resident memory (from /proc) and JS heap (from its `--trace-gc` output). */
export interface ExportCost {
  rows: number;
  seconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** Heap used and committed at the last GC before the export, and the most during it. */
  heapBefore?: { usedMb: number; committedMb: number };
  heapPeak?: { usedMb: number; committedMb: number };
}

/**
 * Downloads an export while sampling the server's resident memory and, when it runs with
 * `--trace-gc`, the JS heap of each GC it reports (`output` is the tail of its output).
 */
export async function timeExport(baseUrl: string, cookie: string, path: string, server: { pid: number; output: () => string }): Promise<ExportCost> {
  const rssBeforeMb = readRssMegabytes(server.pid);
  const before = server.output();
  const lastLine = [...before.matchAll(GC_LINE)].at(-1);
  const heapBefore = lastLine ? { usedMb: Number(lastLine[3]), committedMb: Number(lastLine[4]) } : undefined;
  let rssPeakMb = rssBeforeMb;
  let heapPeak: ExportCost['heapPeak'];
  let seen = before.length;
  const sample = () => {
    rssPeakMb = Math.max(rssPeakMb, readRssMegabytes(server.pid));
    // The output is a rolling tail: read what is new since the last sample (all of it once it rolled).
    const output = server.output();
    const fresh = output.length > seen ? output.slice(seen) : output;
    seen = output.length;
    const peaks = readGcPeaks(fresh);
    if (peaks) heapPeak = { usedMb: Math.max(heapPeak?.usedMb ?? 0, peaks.usedMb), committedMb: Math.max(heapPeak?.committedMb ?? 0, peaks.committedMb) };
  };
  // Every 50 ms for the RSS; the GC lines are parsed in the same pass (a 64 KB tail at most).
  const sampler = setInterval(sample, 50);
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie } });
  if (response.status !== 200 || !response.body) throw new Error(`${path} answered ${response.status}`);
  let rows = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // indexOf, not a loop over bytes: a slow reader would throttle the server it measures.
    for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) rows += 1;
  }
  clearInterval(sampler);
  sample();
  return { rows: rows - 1, seconds: (performance.now() - started) / 1000, rssBeforeMb, rssPeakMb, ...(heapBefore ? { heapBefore } : {}), ...(heapPeak ? { heapPeak } : {}) };
}
