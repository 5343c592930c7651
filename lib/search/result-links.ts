/**
 * The link a search result points to, marked so the article's vote records that the visitor
 * came from search and with which query (the article page strips both from the address bar).
 */
export function searchResultHref(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams({ src: 'search', q: query.trim().slice(0, 200) });
  return `${path}?${params.toString()}${hash ? `#${hash}` : ''}`;
}

/** True when a query is long enough to search: two characters, or one CJK character. */
export function isSearchableQuery(query: string): boolean {
  const trimmed = query.trim();
  return trimmed.length >= 2 || /[\u3400-\u9fff\uf900-\ufaff]/.test(trimmed);
}
