/*
 * Measures CPU time of the server and the load generator, and prints one database's results.
 */
import { readFileSync } from 'node:fs';
import type autocannon from 'autocannon';
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

/** CPU seconds the server and this process (autocannon and the bench) spent during the load. */
export interface CpuUse {
  server: number;
  loadGenerator: number;
}

export interface DatabaseResult {
  label: string;
  seconds: number;
  connections: number;
  visitors: number;
  load: autocannon.Result;
  /** The do-nothing route, driven in the same server and run just before the votes. */
  baseline: autocannon.Result;
  cpu: CpuUse;
  durability: DurabilityReport;
  /** Whether the ≥1,000 votes/s and p99 ≤ 50 ms target applies (SQLite). */
  checkTarget: boolean;
}

const number = (value: number, digits = 0) => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function describeNon2xx(load: autocannon.Result): string {
  const counts = Object.entries(load.statusCodeStats)
    .filter(([status]) => !status.startsWith('2'))
    .map(([status, { count }]) => `${status}: ${number(count)}`);
  return counts.length > 0 ? counts.join(', ') : 'none';
}

/** Prints the figures of one database, in the layout the note quotes. */
export function printDatabaseResult(result: DatabaseResult): void {
  const { load, durability: d, cpu } = result;
  const answered = load['2xx'] + load.non2xx;
  const perVote = (seconds: number) => (answered > 0 ? `${number((seconds / answered) * 1000, 2)} ms` : 'n/a');
  const lines = [
    `${result.label}: ${result.seconds} s, ${result.connections} connections, pipelining 1, ${number(result.visitors)} simulated visitors`,
    `  requests/s (mean):   ${number(load.requests.mean, 1)}`,
    `  latency p50 / p99:   ${load.latency.p50} ms / ${load.latency.p99} ms (max ${load.latency.max} ms)`,
    `  2xx responses:       ${number(load['2xx'])}`,
    `  non-2xx by status:   ${describeNon2xx(load)}`,
    `  errors / timeouts:   ${number(load.errors)} / ${number(load.timeouts)}`,
    `  CPU per request:     server ${perVote(cpu.server)} (${number((cpu.server / result.seconds) * 100)}% of a core), load generator ${perVote(cpu.loadGenerator)}`,
    `  durability check:    ${number(d.storedOnce)} of ${number(d.answered)} 2xx votes stored exactly once (warm-up included)`,
    `  rows stored:         ${number(d.rows)} = ${number(d.answeredEntries)} answered (visitor, article, anchor) entries + ${number(d.storedUnanswered)} of ${number(d.unanswered)} requests cut off unanswered at the end`,
    `  changes of mind:     ${number(d.changesOfMind)} second votes updated their first vote's row`,
  ];
  const { baseline } = result;
  const throughputRatio = baseline.requests.mean > 0 ? load.requests.mean / baseline.requests.mean : 0;
  const p99Ratio = baseline.latency.p99 > 0 ? load.latency.p99 / baseline.latency.p99 : Infinity;
  lines.push(
    `  baseline route:      ${number(baseline.requests.mean, 1)} requests/s, p50 / p99 ${baseline.latency.p50} ms / ${baseline.latency.p99} ms (do-nothing handler, same server and run)`,
    `  vote / baseline:     throughput ${number(throughputRatio, 2)} (target ≥ 0.80: ${throughputRatio >= 0.8 ? 'met' : 'MISSED'}), p99 ${number(p99Ratio, 2)} (target ≤ 1.50: ${p99Ratio <= 1.5 ? 'met' : 'MISSED'})`,
  );
  if (d.problemCount > 0) lines.push(`  PROBLEMS (${d.problemCount}):`, ...d.problems.map((p) => `    - ${p}`));
  if (result.checkTarget) {
    const met = load.requests.mean >= 1000 && load.latency.p99 <= 50;
    lines.push(`  target:              ≥1,000 votes/s with p99 ≤ 50 ms: ${met ? 'met' : 'MISSED'}`);
  }
  console.log(lines.join('\n'));
}
