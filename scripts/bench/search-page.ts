/*
 * Browser side of the search benchmark, bundled by esbuild into the bench page next to the
 * real client bundle (`window.ResolveSearch`, from lib/search/search-client.ts). It does what
 * the header search box does on intent: on focus of the input it creates the client, warms it
 * and runs one query at once, timing from the focus event to the results. The harness itself
 * is not counted in the transferred bytes; the client bundle is.
 */
import type * as SearchClientModule from '@/lib/search/search-client';
import type { SearchAssets } from '@/lib/search/search-client';
import type { WorkerResponse } from '@/lib/search/search-worker-protocol';

/** Time from intent (focus) to the first results, as measured in the page. */
export interface FirstResult {
  ms: number;
  /** From intent until the worker reported the index payload loaded (before any shard). */
  indexReadyMs: number | null;
  results: number;
  total: number;
}

/** postMessage round trips of queries sent one after another, in ms. */
export interface LatencyRun {
  times: number[];
  /** Queries that found nothing. */
  empty: number;
}

/** What the harness puts on `window.searchBench`. */
export interface SearchBench {
  /** Searches `query` as soon as `#q` gets focus (once). */
  arm(assets: SearchAssets, query: string): void;
  /** The armed search's timing, once it has results. */
  first(): Promise<FirstResult>;
  /** Runs the queries one at a time through the same client. */
  latency(assets: SearchAssets, queries: string[]): Promise<LatencyRun>;
}

export type BenchWindow = Window & { ResolveSearch: typeof SearchClientModule; searchBench: SearchBench };

const page = window as unknown as BenchWindow;
let firstResult: Promise<FirstResult> | undefined;
let indexReadyAt: number | null = null;

// Watches the worker the client creates, to split the time to first results at "index loaded".
class ObservedWorker extends Worker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      if (event.data.type === 'loaded') indexReadyAt = performance.now();
    });
  }
}
globalThis.Worker = ObservedWorker;

page.searchBench = {
  arm(assets, query) {
    const input = document.getElementById('q');
    if (!input) throw new Error('The bench page has no #q input.');
    firstResult = new Promise<FirstResult>((resolve, reject) => {
      input.addEventListener(
        'focus',
        () => {
          const started = performance.now();
          const client = page.ResolveSearch.getSearchClient(assets);
          client.warm();
          client.search(query).then((answer) => {
            if (!answer) return reject(new Error(`The query "${query}" was superseded.`));
            resolve({ ms: performance.now() - started, indexReadyMs: indexReadyAt === null ? null : indexReadyAt - started, results: answer.response.results.length + (answer.response.weak?.length ?? 0) + (answer.response.otherLanguage?.results.length ?? 0), total: answer.response.total });
          }, reject);
        },
        { once: true },
      );
    });
  },
  first() {
    if (!firstResult) return Promise.reject(new Error('searchBench.arm() was not called.'));
    return firstResult;
  },
  async latency(assets, queries) {
    const client = page.ResolveSearch.getSearchClient(assets);
    const times: number[] = [];
    let empty = 0;
    for (const query of queries) {
      const started = performance.now();
      const answer = await client.search(query);
      times.push(performance.now() - started);
      if (!answer || answer.response.results.length === 0) empty += 1;
    }
    return { times, empty };
  },
};
