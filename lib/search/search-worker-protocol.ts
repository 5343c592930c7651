import type { ResultHighlights } from './highlight';
import type { SearchResponse } from './query';

/** Messages from the page to the search worker. */
export type WorkerRequest =
  | { type: 'load'; indexUrl: string; fallbackIndexUrl?: string }
  | { type: 'query'; id: number; query: string; category?: string; prefix: boolean; limit: number };

/** Messages from the search worker to the page. */
export type WorkerResponse =
  | { type: 'loaded'; ms: number }
  | { type: 'results'; id: number; response: SearchResponse; highlights: ResultHighlights[]; ms: number }
  | { type: 'error'; id?: number; message: string };
