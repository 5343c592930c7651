/** The sessionStorage key under which lib/feedback/visit-context.ts keeps the visit's articles. */
const VISITED_KEY = 'resolve:visited';

/** Ids of the articles read in this visit, newest first (empty when storage is blocked). */
export function readTriedArticles(): string[] {
  try {
    const raw = sessionStorage.getItem(VISITED_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.flatMap((item: { id?: unknown }) => (typeof item?.id === 'string' ? [item.id] : [])) : [];
  } catch {
    return [];
  }
}
