/*
 * `npm run content:check`: validates the content folder without building anything, for the
 * content team's pull requests. Exits 1 with every problem (file:line:column, field,
 * expectation); under GitHub Actions each problem is also an annotation on its file and line.
 */
import path from 'node:path';
import { findOverdueArticles } from '@/lib/content/build-manifest';
import { ContentValidationError, type ContentError } from '@/lib/content/content-error';
import { headingCountWarnings } from '@/lib/content/heading-ids';
import { loadContent } from '@/lib/content/load-content';
import { getContentDir } from '@/lib/content/paths';

const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';
const annotate = process.env.GITHUB_ACTIONS === 'true';

/** A GitHub Actions workflow command for one problem. */
function annotation(level: 'error' | 'warning', file: string, message: string, point: Partial<Pick<ContentError, 'line' | 'column'>> = {}): string {
  const at = [`file=${relative}/${file}`, ...(point.line ? [`line=${point.line}`] : []), ...(point.column ? [`col=${point.column}`] : [])].join(',');
  return `::${level} ${at}::${message.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}`;
}

try {
  const manifest = loadContent(contentDir);
  const overdue = findOverdueArticles(manifest, new Date().toISOString().slice(0, 10));
  for (const article of overdue) {
    const message = `review overdue since ${article.reviewDue} (owner: ${article.owner ?? 'none'})`;
    console.warn(`⚠ ${relative}/${article.sourcePath}: ${message}`);
    if (annotate) console.log(annotation('warning', article.sourcePath, message));
  }
  for (const warning of headingCountWarnings(manifest)) {
    console.warn(`⚠ ${relative}/${warning.sourcePath}: ${warning.message}`);
    if (annotate) console.log(annotation('warning', warning.sourcePath, warning.message));
  }
  console.log(`✓ ${relative}: ${manifest.articles.length} published articles, ${manifest.categories.length} categories, ${overdue.length} overdue for review`);
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(`✖ ${relative}: ${error.message}`);
  if (annotate) for (const problem of error.problems) console.log(annotation('error', problem.file, `${problem.field ? `${problem.field}: ` : ''}${problem.expected}`, problem));
  process.exit(1);
}
