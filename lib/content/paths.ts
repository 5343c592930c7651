import path from 'node:path';

/** Absolute path of the content folder (CONTENT_DIR, default `content`). */
export function getContentDir(contentDir = process.env.CONTENT_DIR || 'content'): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), contentDir);
}

/** Where contentlayer2 writes one JSON file per compiled document. */
export const GENERATED_DIR = path.join('.contentlayer', 'generated');

/** Where the content build writes its manifest; beside contentlayer's output, since `next build` empties `.next`. */
export const MANIFEST_FILE = path.join('.contentlayer', 'resolve', 'manifest.json');

/** Rewritten with the manifest; `content-revision.ts` imports it so `next dev` refreshes pages. */
export const REVISION_FILE = path.join('.contentlayer', 'resolve', 'revision.json');

/** In `npm run dev`, the checker's problems with the content, while there are any. */
export const DEV_PROBLEMS_FILE = path.join('.contentlayer', 'resolve', 'problems.txt');

/** File name contentlayer2 gives the compiled JSON of a source file (its `_id` with / as __). */
export function compiledFileName(sourcePath: string): string {
  const name = sourcePath.replace(/\//g, '__');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
