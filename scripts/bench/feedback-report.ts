/*
 * Measures CPU time of the server and the load generator, and prints one database's results.
 */
import { readFileSync } from 'node:fs';
import type { LoadSummary } from './feedback-load';
import type { DurabilityReport } from './feedback-verify';

/** Linux clock ticks per second (`getconf CLK_TCK`), the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used so far, from /proc; 0 where there is none. */
export function readProcessCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export interface DatabaseResult {
  label: string;
  seconds: number;
  sliceSeconds: number;
  connections: number;
  visitors: number;
  load: LoadSummary;
  /** The do-nothing route, driven in the same server and run, in slices alternating with the votes'. */
  baseline: LoadSummary;
  /** CPU seconds of this process (autocannon and the bench) over the whole measured run. */
  loadGeneratorCpuSeconds: number;
  durability: DurabilityReport;
  /** Whether the ≥1,000 votes/s and p99 ≤ 50 ms target applies (SQLite). */
  checkTarget: boolean;
}

const number = (value: number, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function describeNon2xx(load: LoadSummary): string {
  const counts = Object.entries(load.statusCounts)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, count]) => `${status}: ${number(count)}`);
  return counts.length > 0 ? counts.join(', ') : 'none';
}

/** Prints the figures of one database, in the layout the note quotes. */
export function printDatabaseResult(result: DatabaseResult): void {
  const { load, baseline, durability: d } = result;
  const perRequest = (seconds: number, requests: number) => (requests > 0 ? `${number((seconds / requests) * 1000, 2)} ms` : 'n/a');
  const ms = (value: number) => `${number(value, 1)} ms`;
  const lines = [
    `${result.label}: ${number(load.seconds)} s of votes, ${result.connections} connections, pipelining 1, ${number(result.visitors)} simulated visitors`,
    `  requests/s (mean):   ${number(load.requestsPerSecond, 1)}`,
    `  latency p50 / p99:   ${ms(load.p50)} / ${ms(load.p99)} (max ${ms(load.max)})`,
    `  2xx responses:       ${number(load.ok)}`,
    `  non-2xx by status:   ${describeNon2xx(load)}`,
    `  errors / timeouts:   ${number(load.errors)} / ${number(load.timeouts)}`,
    `  server CPU/request:  vote ${perRequest(load.serverCpuSeconds, load.responses)}, baseline ${perRequest(baseline.serverCpuSeconds, baseline.responses)}; load generator ${perRequest(result.loadGeneratorCpuSeconds, load.responses + baseline.responses)}`,
    `  durability check:    ${number(d.storedOnce)} of ${number(d.answered)} 2xx votes stored exactly once (warm-up included)`,
    `  rows stored:         ${number(d.rows)} = ${number(d.answeredEntries)} answered (visitor, article, anchor) entries + ${number(d.storedUnanswered)} of ${number(d.unanswered)} requests cut off unanswered at the end`,
    `  changes of mind:     ${number(d.changesOfMind)} second votes updated their first vote's row`,
  ];
  const throughputRatio = baseline.requestsPerSecond > 0 ? load.requestsPerSecond / baseline.requestsPerSecond : 0;
  const p99Ratio = baseline.p99 > 0 ? load.p99 / baseline.p99 : Infinity;
  lines.push(
    `  baseline route:      ${number(baseline.requestsPerSecond, 1)} requests/s, p50 / p99 ${ms(baseline.p50)} / ${ms(baseline.p99)} (do-nothing handler, same server, ${result.sliceSeconds} s slices alternating with the votes')`,
    `  vote / baseline:     throughput ${number(throughputRatio, 2)} (target ≥ 0.80: ${throughputRatio >= 0.8 ? 'met' : 'MISSED'}), p99 ${number(p99Ratio, 2)} (target ≤ 1.50: ${p99Ratio <= 1.5 ? 'met' : 'MISSED'})`,
  );
  if (d.problemCount > 0) lines.push(`  PROBLEMS (${d.problemCount}):`, ...d.problems.map((p) => `    - ${p}`));
  if (result.checkTarget) {
    const met = load.requestsPerSecond >= 1000 && load.p99 <= 50;
    lines.push(`  target:              ≥1,000 votes/s with p99 ≤ 50 ms: ${met ? 'met' : 'MISSED'}`);
  }
  console.log(lines.join('\n'));
}
