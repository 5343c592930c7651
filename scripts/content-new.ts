/*
 * `npm run content:new -- <category>/<slug>`: starts an article in every locale of site.yml and
 * prints the paths. Translations are marked `needsTranslation: true` until a writer clears it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError } from '@/lib/content/content-error';
import { planNewArticle } from '@/lib/content/new-article';
import { getContentDir } from '@/lib/content/paths';

const name = process.argv[2];
const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';
if (!name) {
  console.error('✖ usage: npm run content:new -- <category>/<slug>   (e.g. account/reset-password)');
  process.exit(1);
}
try {
  const plan = planNewArticle(contentDir, name, new Date().toISOString().slice(0, 10));
  for (const file of plan) {
    if (file.text === null) {
      console.warn(`⚠ ${relative}/${file.file}: not created: ${file.skipped}`);
      continue;
    }
    mkdirSync(path.dirname(path.join(contentDir, file.file)), { recursive: true });
    writeFileSync(path.join(contentDir, file.file), file.text, { flag: 'wx' });
    console.log(`✓ ${relative}/${file.file}${file.text.includes('needsTranslation: true') ? '  (needs translation)' : ''}`);
  }
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(`✖ ${error.problems.map((p) => p.message).join('\n  ')}`);
  process.exit(1);
}
