import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

/**
 * A do-nothing route handler for `npm run bench:feedback`, which drives it in the same server
 * and run as the vote route and reports the vote route's figures as ratios to it. It reads
 * the body and answers 201, nothing else. 404 unless BENCH_BASELINE=1.
 */
export async function POST(request: Request) {
  if (!getEnv().BENCH_BASELINE) return Response.json({ error: 'Not found.', fields: {} }, { status: 404 });
  await request.text();
  return Response.json({ ok: true }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}
