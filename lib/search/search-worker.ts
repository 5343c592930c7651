/*
 * The search Web Worker: loads one locale's index when the page shows intent to search and
 * answers queries off the main thread. Bundled by the content build into
 * public/search/worker.<hash>.js.
 */
import { searchWithFallbackAsync } from './fallback';
import { highlightResult } from './highlight';
import { loadSearchIndex, type FetchPart, type LoadedSearchIndex } from './query';
import type { WorkerRequest, WorkerResponse } from './search-worker-protocol';
import type { SearchIndexPayload } from './index-payload';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage: (message: WorkerResponse) => void };
let ready: Promise<{ index: LoadedSearchIndex; base: string }> | undefined;
let fallbackUrl: string | undefined;
let fallback: Promise<{ index: LoadedSearchIndex; fetchPart: FetchPart }> | undefined;

// The default locale's index, loaded only when a query needs the fallback (once; retried after a failure).
function getFallback(): Promise<{ index: LoadedSearchIndex; fetchPart: FetchPart }> {
  if (!fallback) {
    const base = new URL(fallbackUrl ?? '', self.location.href).href;
    fallback = fetchJson(base).then((payload) => ({
      index: loadSearchIndex(payload as SearchIndexPayload),
      fetchPart: (file: string) => fetchJson(new URL(file, base).href),
    }));
    fallback.catch(() => (fallback = undefined));
  }
  return fallback;
}

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
  const response = await searchWithFallbackAsync(index, request.query, (file) => fetchJson(new URL(file, base).href), fallbackUrl ? getFallback : undefined, {
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
    fallbackUrl = request.fallbackIndexUrl;
    if (!ready) load(request.indexUrl);
    return;
  }
  answer(request).catch((error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: String(error) }));
};
