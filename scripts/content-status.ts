/*
 * `npm run content:status [-- --json] [-- --strict]`: per article, which locales exist, which
 * translations are missing, untranslated or older than the default-locale article, which are
 * past their review date, and the owner. `--strict` exits 1 on missing, untranslated or stale
 * translations. The same `getContentStatus` feeds the dashboard's review queue.
 */
import path from 'node:path';
import { ContentValidationError } from '@/lib/content/content-error';
import { formatContentStatus } from '@/lib/content/format-content-status';
import { getContentStatus } from '@/lib/content/get-content-status';
import { getContentDir } from '@/lib/content/paths';
import { readStatusArticles } from '@/lib/content/read-status-articles';

const args = new Set(process.argv.slice(2));
const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';
let status;
try {
  const { site, articles } = readStatusArticles(contentDir);
  status = getContentStatus(site, articles, new Date().toISOString().slice(0, 10));
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(`✖ ${relative}: ${error.message}`);
  process.exit(1);
}
if (args.has('--json')) console.log(JSON.stringify(status, null, 2));
else console.log(formatContentStatus(status, { contentDir: relative, annotations: process.env.GITHUB_ACTIONS === 'true' }));
const { missing, stale, untranslated } = status.totals;
if (args.has('--strict') && missing + stale + untranslated > 0) process.exit(1);
