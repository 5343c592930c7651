import { createDatabase } from '@/lib/storage/create-database';
import { getPeriodTotals, countSearchesEndingIn } from '@/lib/admin/period-totals';
import { getDailySeries } from '@/lib/admin/daily-series';
import { getResolutionBySource, getArticleResolution } from '@/lib/feedback/reports';
import { getResolutionByQuery, getSearchesEndingInNo, getTopSearches, getZeroResultSearches } from '@/lib/feedback/search-reports';
import { countQueuedComments, listQueuedComments } from '@/lib/admin/moderation';
import { prepareRollups } from '@/lib/feedback/report-rollups';
const db = createDatabase({ url: process.argv[2] as string });
const until = new Date(Date.parse(new Date().toISOString().slice(0, 10) + 'T00:00:00Z') + 86400000);
const since = new Date(until.getTime() - 30 * 86400000);
const o = { since, until };
const time = async (name: string, f: () => Promise<unknown>) => { const t = performance.now(); await f(); console.log(name.padEnd(20), (performance.now() - t).toFixed(0)); };
for (let i = 0; i < 2; i++) {
  await time('prepare', () => prepareRollups(db, o));
  await time('totals', () => getPeriodTotals(db, o));
  await time('endedYes', () => countSearchesEndingIn(db, o, 1));
  await time('daily', () => getDailySeries(db, o, []));
  await time('sources', () => getResolutionBySource(db, o));
  await time('byQuery', () => getResolutionByQuery(db, o));
  await time('top', () => getTopSearches(db, { ...o, limit: 50 }));
  await time('zero', () => getZeroResultSearches(db, { ...o, limit: 5 }));
  await time('endingNo', () => getSearchesEndingInNo(db, { ...o, limit: 50 }));
  await time('articles(ids)', () => getArticleResolution(db, { ...o, articleIds: ['a', 'b', 'article-3'] }));
  await time('newComments', () => countQueuedComments(db, { state: 'new' }));
  await time('listComments', () => listQueuedComments(db, { limit: 101 }));
}
await db.destroy();
