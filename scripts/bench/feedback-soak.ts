/*
 * `--soak <seconds>`: mixed traffic for a long time (votes, search events, pages and short
 * links from many simulated visitors), measured minute by minute: throughput, p99 and the
 * server's resident memory, to show that memory levels off.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { type PlannedVote, voteHeaders } from './feedback-votes';

/** The figures of one minute (or the last, shorter slice). */
export interface SoakSlice {
  index: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
  statuses: Record<string, number>;
  errors: number;
}

const PAGES = ['/en', '/en/account/reset-password', '/a/reset-password', '/zh-Hant/billing/refunds-and-cancellations', '/zh-Hans'];
const QUERIES = ['reset password', '重設密碼', '导出数据', 'invoice', 'clock in'];

/** Resident memory of a process in MB, from /proc; 0 where there is none. */
export function readRssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function runSlice(url: string, seconds: number, connections: number, plan: (index: number) => PlannedVote, counter: { next: number }): Promise<autocannon.Result> {
  const vote = (): PlannedVote => plan(counter.next++);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        pipelining: 1,
        duration: seconds,
        timeout: 10,
        // Each connection cycles through these: one vote, one search event, two page requests.
        requests: [
          {
            method: 'POST',
            path: '/api/feedback',
            setupRequest: (request) => {
              const planned = vote();
              return { ...request, headers: voteHeaders(planned), body: JSON.stringify(planned.body) };
            },
          },
          {
            method: 'POST',
            path: '/api/search-events',
            setupRequest: (request) => {
              const planned = vote();
              const body = { searchId: `soak-${process.pid}-${planned.index}`, locale: planned.body.locale, query: QUERIES[planned.index % QUERIES.length], resultCount: planned.index % 7 };
              return { ...request, headers: voteHeaders(planned), body: JSON.stringify(body) };
            },
          },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: PAGES[counter.next % PAGES.length] ?? '/en' }) },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: PAGES[(counter.next + 2) % PAGES.length] ?? '/en' }) },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** Runs `seconds` of mixed traffic in one-minute slices and prints each slice as it ends. */
export async function runSoak(options: { url: string; pid: number; seconds: number; connections: number; plan: (index: number) => PlannedVote }): Promise<SoakSlice[]> {
  const slices: SoakSlice[] = [];
  const counter = { next: 0 };
  for (let done = 0, index = 1; done < options.seconds; index += 1) {
    const seconds = Math.min(60, options.seconds - done);
    const result = await runSlice(options.url, seconds, options.connections, options.plan, counter);
    done += seconds;
    const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
    const slice = { index, seconds, requestsPerSecond: result.requests.mean, p50: result.latency.p50, p99: result.latency.p99, rssMb: readRssMb(options.pid), statuses, errors: result.errors + result.timeouts };
    slices.push(slice);
    const byStatus = Object.entries(statuses).map(([status, count]) => `${status}: ${count.toLocaleString('en')}`).join(', ');
    console.log(`  minute ${String(index).padStart(2)}: ${slice.requestsPerSecond.toFixed(0)} req/s, p50 ${slice.p50} ms, p99 ${slice.p99} ms, server RSS ${slice.rssMb.toFixed(0)} MB (${byStatus}; errors ${slice.errors})`);
  }
  return slices;
}

/** One line on whether memory levelled off: growth over the second half against the first. */
export function describeMemoryTrend(slices: SoakSlice[]): string {
  if (slices.length < 2) return 'memory: too short to tell (run at least two minutes)';
  const rss = slices.map((slice) => slice.rssMb);
  const half = Math.floor(rss.length / 2);
  const firstHalf = (rss[half] ?? 0) - (rss[0] ?? 0);
  const secondHalf = (rss.at(-1) ?? 0) - (rss[half] ?? 0);
  return `memory: ${rss[0]?.toFixed(0)} MB after minute 1, ${Math.max(...rss).toFixed(0)} MB at most, ${rss.at(-1)?.toFixed(0)} MB at the end; growth ${firstHalf.toFixed(0)} MB over the first half, ${secondHalf.toFixed(0)} MB over the second`;
}
