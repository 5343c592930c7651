'use client';

import { useEffect, useState } from 'react';
import { isSearchableQuery } from '@/lib/search/result-links';
import { getSearchClient, type SearchAnswer, type SearchAssets } from '@/lib/search/search-client';

export interface SearchState {
  status: 'idle' | 'loading' | 'done' | 'error';
  /** The query (and category) the answer belongs to. */
  key: string;
  answer?: SearchAnswer;
}

/** Runs `query` in the search worker whenever it changes; only the latest answer is kept. */
export function useSearch(assets: SearchAssets, query: string, options: { category?: string; prefix: boolean; limit: number }): SearchState {
  const key = `${query.trim()}\u0000${options.category ?? ''}`;
  const [state, setState] = useState<SearchState>({ status: 'idle', key: '' });
  const { category, prefix, limit } = options;

  useEffect(() => {
    if (!isSearchableQuery(query)) return;
    let cancelled = false;
    getSearchClient(assets)
      .search(query.trim(), { prefix, limit, ...(category ? { category } : {}) })
      .then(
        (answer) => {
          if (!cancelled && answer) setState({ status: 'done', key, answer });
        },
        () => {
          if (!cancelled) setState({ status: 'error', key });
        },
      );
    return () => {
      cancelled = true;
    };
  }, [assets, query, category, prefix, limit, key]);

  if (!isSearchableQuery(query)) return { status: 'idle', key };
  // Until the answer for this exact query arrives, the search is still loading.
  return state.key === key ? state : { status: 'loading', key, ...(state.answer ? { answer: state.answer } : {}) };
}
