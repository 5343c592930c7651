/*
 * `npm run content:check`: validates the content folder without building anything, for the
 * content team's pull requests. Exits 1 with every problem (file, field, expectation).
 */
import path from 'node:path';
import { findOverdueArticles } from '@/lib/content/build-manifest';
import { ContentValidationError } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/load-content';
import { getContentDir } from '@/lib/content/paths';

const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';
try {
  const manifest = loadContent(contentDir);
  const overdue = findOverdueArticles(manifest, new Date().toISOString().slice(0, 10));
  for (const article of overdue) {
    console.warn(`⚠ ${relative}/${article.sourcePath}: review overdue since ${article.reviewDue} (owner: ${article.owner ?? 'none'})`);
  }
  console.log(`✓ ${relative}: ${manifest.articles.length} published articles, ${manifest.categories.length} categories, ${overdue.length} overdue for review`);
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(`✖ ${relative}: ${error.message}`);
  process.exit(1);
}
