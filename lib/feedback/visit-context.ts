/*
 * Browser-side memory of one visit, kept in sessionStorage (never sent as a cookie): how the
 * visitor arrived at each article (search query, support link, related link) and which
 * articles they tried, so a "No" vote and the contact link carry that context.
 */
import { VOTE_SOURCES, type VoteSource } from './vote-options';

const VISITED_KEY = 'resolve:visited';
const ARRIVAL_KEY = 'resolve:arrival:';
const MAX_VISITED = 8;

export interface VisitedArticle {
  id: string;
  title: string;
  path: string;
}

export interface Arrival {
  source: VoteSource;
  query?: string;
}

function read<T>(key: string, fallback: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked: the context is simply not remembered.
  }
}

/**
 * Notes how the visitor reached this article from the `src` and `q` URL parameters (set by
 * search results, short links and related links), removes them from the address bar, and
 * returns the arrival, remembered for later votes in this visit.
 */
export function captureArrival(articleId: string): Arrival {
  const url = new URL(window.location.href);
  const src = url.searchParams.get('src');
  const query = url.searchParams.get('q')?.slice(0, 200) || undefined;
  if (src && (VOTE_SOURCES as readonly string[]).includes(src)) {
    const arrival: Arrival = { source: src as VoteSource, ...(query ? { query } : {}) };
    write(ARRIVAL_KEY + articleId, arrival);
    url.searchParams.delete('src');
    url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return arrival;
  }
  return read<Arrival>(ARRIVAL_KEY + articleId, { source: 'direct' });
}

/** Adds an article to the visit's list of articles tried; returns the others, newest first. */
export function recordVisitedArticle(article: VisitedArticle): VisitedArticle[] {
  const others = read<VisitedArticle[]>(VISITED_KEY, []).filter((a) => a.id !== article.id);
  write(VISITED_KEY, [article, ...others].slice(0, MAX_VISITED));
  return others;
}

/** The contact URL with the visitor's search, the article and the other articles tried. */
export function buildContactUrl(contactUrl: string, context: { query?: string; article?: string; tried: string[] }): string {
  const url = new URL(contactUrl);
  if (context.query) url.searchParams.set('query', context.query);
  if (context.article) url.searchParams.set('article', context.article);
  if (context.tried.length > 0) url.searchParams.set('tried', context.tried.join(','));
  return url.toString();
}
