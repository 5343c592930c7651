/*
 * The content half of `npm run dev`, beside `contentlayer2 dev` (which recompiles a changed MDX
 * file) and `next dev`. On every change to the content folder it runs the checker; on every
 * change to contentlayer's output it rewrites the manifest from the compiled structures. A
 * problem is printed here and shown on every page of the open browser until it is fixed; the
 * servers keep running.
 */
import { existsSync, mkdirSync, watch } from 'node:fs';
import path from 'node:path';
import { buildManifest } from '@/lib/content/build-manifest';
import { CompiledArticleError, compiledStructures } from '@/lib/content/compiled-articles';
import { ContentValidationError } from '@/lib/content/content-error';
import { readLastCommitDates } from '@/lib/content/git-dates';
import { checkContentDir } from '@/lib/content/load-content';
import { sharedStructures } from '@/lib/content/heading-ids';
import { GENERATED_DIR, getContentDir } from '@/lib/content/paths';
import { writeDevProblems, writeManifest } from '@/lib/content/write-manifest';

const contentDir = getContentDir();
const relative = path.relative(process.cwd(), contentDir) || '.';
const gitDates = readLastCommitDates(contentDir);
let timer: NodeJS.Timeout | undefined;
let lastProblems = '';

function refresh(reason: string) {
  const started = performance.now();
  try {
    const content = checkContentDir(contentDir);
    const manifest = buildManifest(content.site, content.articles, content.categories, { contentDir, gitDates, structureOf: sharedStructures(content.articles, content.site.defaultLocale, compiledStructures()) });
    writeManifest(manifest);
    if (lastProblems) console.log(`✓ ${relative}: fixed`);
    lastProblems = '';
    console.log(`✓ content: ${reason} → manifest in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    if (!(error instanceof ContentValidationError || error instanceof CompiledArticleError)) throw error;
    const message = `${relative}: ${error.message}`;
    if (message !== lastProblems) console.error(`\n✖ ${message}\n`);
    lastProblems = message;
    writeDevProblems(message);
  }
}

/** Coalesces the bursts of events one save produces. */
function schedule(reason: string) {
  clearTimeout(timer);
  timer = setTimeout(() => refresh(reason), 40);
}

const articlesDir = path.join(GENERATED_DIR, 'Article');
if (!existsSync(articlesDir)) mkdirSync(articlesDir, { recursive: true });
watch(contentDir, { recursive: true }, (_, file) => schedule(`${file ?? 'content'} changed`));
watch(articlesDir, (_, file) => { if (file && !file.startsWith('_index')) schedule(`${file} compiled`); });
console.log(`✓ watching ${relative} for changes`);
