/**
 * Runs once when the server starts: opens the feedback database and applies pending
 * migrations, so a bad DATABASE_URL or a failed migration shows at start rather than on the
 * first vote, then, with the dashboard on, rolls up its closed days in the background. Skipped
 * while `next build` prerenders pages. No shutdown hook: SQLite's WAL and PostgreSQL both keep
 * every committed vote when the process ends, and closing the database while Next drains
 * in-flight requests would fail them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Before anything else: the real TCP peer for route handlers, and 400 for malformed paths.
  const { installRequestGuard } = await import('@/lib/security/request-guard');
  await installRequestGuard();
  const { getFeedbackDatabase } = await import('@/lib/feedback/feedback-context');
  try {
    const db = await getFeedbackDatabase();
    // The dashboard's daily rollups, in the background: after the first deploy on months of
    // data this takes a while, and dashboard pages meanwhile read the days not rolled up yet live.
    // Only with the dashboard on: nothing else reads them, and on SQLite each day's rollup holds
    // the event loop (and so the votes) for its statements.
    const { isAdminEnabled } = await import('@/lib/admin/admin-access');
    if (isAdminEnabled()) {
      const { rollUpClosedDays } = await import('@/lib/feedback/report-rollups');
      const started = Date.now();
      void rollUpClosedDays(db).then(
        () => console.log(`Dashboard rollups up to date in ${((Date.now() - started) / 1000).toFixed(1)} s`),
        (error: unknown) => console.error(`Dashboard rollups failed at start: ${(error as Error).message}`),
      );
    }
  } catch (error) {
    // Pages are static and still serve; votes answer 503 until the database is reachable.
    console.error(`Feedback database unavailable at start: ${(error as Error).message}`);
  }
}
