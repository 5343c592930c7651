/*
 * Browser side of search analytics: one event per settled search (not per keystroke), updated
 * with the result the visitor opened. Failures are ignored: analytics never gets in the way.
 */

export interface SearchReporter {
  /** Reports a search once typing has settled; calling again before it fires replaces it. */
  settle(query: string, resultCount: number): void;
  /** Reports the result opened for the latest search, sending the settled event first if needed. */
  opened(articleId: string, anchor?: string): void;
}

const SETTLE_MS = 1200;

function newSearchId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function post(body: Record<string, unknown>): void {
  fetch('/api/search-events', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), keepalive: true }).catch(() => undefined);
}

/** A reporter for one search box or page in `locale`. */
export function createSearchReporter(locale: string): SearchReporter {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { searchId: string; query: string; resultCount: number; sent: boolean } | undefined;
  const send = () => {
    if (current && !current.sent) {
      current.sent = true;
      post({ searchId: current.searchId, locale, query: current.query, resultCount: current.resultCount });
    }
  };
  return {
    settle(query, resultCount) {
      const trimmed = query.trim();
      // The same search again (a re-render, a repeated Enter) is not a new event.
      if (current?.query === trimmed) return;
      clearTimeout(timer);
      current = { searchId: newSearchId(), query: trimmed, resultCount, sent: false };
      timer = setTimeout(send, SETTLE_MS);
    },
    opened(articleId, anchor) {
      if (!current) return;
      clearTimeout(timer);
      send();
      post({ searchId: current.searchId, locale, query: current.query, resultCount: current.resultCount, opened: { articleId, ...(anchor ? { anchor } : {}) } });
    },
  };
}
