/*
 * Page side of search: starts the worker on the first sign of intent and turns its messages
 * into promises. Only the latest query of a client resolves; older ones are dropped, so fast
 * typing never shows stale results.
 */
import type { ResultHighlights } from './highlight';
import type { SearchResponse } from './query';
import type { WorkerRequest, WorkerResponse } from './search-worker-protocol';

export interface SearchAssets {
  workerUrl: string;
  indexUrl: string;
  /** The default locale's index, searched too when the visitor's language finds nothing good (non-default locales only). */
  fallbackIndexUrl?: string;
}

export interface SearchAnswer {
  response: SearchResponse;
  highlights: ResultHighlights[];
}

export interface SearchClient {
  /** Starts the worker and the index download if they have not started yet. */
  warm(): void;
  /** Resolves with the results, or with undefined when a newer query replaced this one. */
  search(query: string, options?: { category?: string; prefix?: boolean; limit?: number }): Promise<SearchAnswer | undefined>;
}

const clients = new Map<string, SearchClient>();

/** One search client (and worker) per index URL for the whole page. */
export function getSearchClient(assets: SearchAssets): SearchClient {
  const existing = clients.get(assets.indexUrl);
  if (existing) return existing;
  let worker: Worker | undefined;
  let latest = 0;
  const pending = new Map<number, { resolve: (answer: SearchAnswer | undefined) => void; reject: (error: Error) => void }>();

  function start(): Worker {
    if (worker) return worker;
    worker = new Worker(assets.workerUrl);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'results') {
        pending.get(message.id)?.resolve(message.id === latest ? { response: message.response, highlights: message.highlights } : undefined);
        pending.delete(message.id);
      } else if (message.type === 'error') {
        const targets = message.id === undefined ? [...pending.keys()] : [message.id];
        for (const id of targets) {
          pending.get(id)?.reject(new Error(message.message));
          pending.delete(id);
        }
        if (message.id === undefined) worker = undefined;
      }
    };
    worker.postMessage({ type: 'load', indexUrl: assets.indexUrl, ...(assets.fallbackIndexUrl ? { fallbackIndexUrl: assets.fallbackIndexUrl } : {}) } satisfies WorkerRequest);
    return worker;
  }

  const client: SearchClient = {
    warm: () => void start(),
    search(query, options = {}) {
      const id = ++latest;
      for (const [oldId, entry] of pending) {
        if (oldId < id) {
          entry.resolve(undefined);
          pending.delete(oldId);
        }
      }
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        start().postMessage({ type: 'query', id, query, prefix: options.prefix ?? true, limit: options.limit ?? 10, ...(options.category ? { category: options.category } : {}) } satisfies WorkerRequest);
      });
    },
  };
  clients.set(assets.indexUrl, client);
  return client;
}
