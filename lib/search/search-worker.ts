/*
 * The search Web Worker: loads one locale's index when the page shows intent to search and
 * answers queries off the main thread. Bundled by the content build into
 * public/search/worker.<hash>.js.
 */
import { highlightResult } from './highlight';
import { loadSearchIndex, searchIndexAsync, type LoadedSearchIndex } from './query';
import type { WorkerRequest, WorkerResponse } from './search-worker-protocol';
import type { SearchIndexPayload } from './index-payload';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage: (message: WorkerResponse) => void };
let ready: Promise<{ index: LoadedSearchIndex; base: string }> | undefined;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

function load(indexUrl: string) {
  const started = performance.now();
  const base = new URL(indexUrl, self.location.href).href;
  ready = fetchJson(base).then((payload) => ({ index: loadSearchIndex(payload as SearchIndexPayload), base }));
  ready.then(
    () => scope.postMessage({ type: 'loaded', ms: performance.now() - started }),
    (error: unknown) => {
      ready = undefined;
      scope.postMessage({ type: 'error', message: String(error) });
    },
  );
}

async function answer(request: Extract<WorkerRequest, { type: 'query' }>) {
  if (!ready) throw new Error('The search index was not loaded.');
  const started = performance.now();
  const { index, base } = await ready;
  const response = await searchIndexAsync(index, request.query, (file) => fetchJson(new URL(file, base).href), {
    limit: request.limit,
    prefix: request.prefix,
    ...(request.category ? { category: request.category } : {}),
  });
  const highlights = response.results.map((result) => highlightResult(result, index.fold));
  scope.postMessage({ type: 'results', id: request.id, response, highlights, ms: performance.now() - started });
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'load') {
    if (!ready) load(request.indexUrl);
    return;
  }
  answer(request).catch((error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: String(error) }));
};
