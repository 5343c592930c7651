import { getArticleById, getSite } from '@/lib/content/get-content';
import { getFeedbackDatabase } from '@/lib/feedback/feedback-context';
import { getHelpfulCount, MIN_VOTES_SHOWN } from '@/lib/feedback/get-helpful-count';

export const dynamic = 'force-dynamic';

/** Shared caches keep the answer five minutes, so page views do not reach the database. */
const CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/**
 * `GET /api/helpful/<id>`: `{ helpful, total, shown }` for the whole article, all languages;
 * `shown` is false below five votes. 404 JSON for an unknown article.
 */
export async function GET(_request: Request, { params }: RouteContext<'/api/helpful/[id]'>) {
  const { id } = await params;
  if (!getSite().locales.some((locale) => getArticleById(locale, id))) {
    return Response.json({ error: 'Unknown article.', fields: { id: `no article "${id}"` } }, { status: 404, headers: { 'Cache-Control': CACHE } });
  }
  try {
    const count = await getHelpfulCount(await getFeedbackDatabase(), id);
    return Response.json({ ...count, shown: count.total >= MIN_VOTES_SHOWN }, { headers: { 'Cache-Control': CACHE } });
  } catch {
    return Response.json({ error: 'Counts are unavailable right now.', fields: {} }, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' } });
  }
}
