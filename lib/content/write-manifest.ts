import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_PROBLEMS_FILE, MANIFEST_FILE, REVISION_FILE } from './paths';
import type { ContentManifest } from './types';

/** Writes the manifest and a new revision (so `next dev` refreshes open pages), and clears dev problems. */
export function writeManifest(manifest: ContentManifest): void {
  mkdirSync(path.dirname(MANIFEST_FILE), { recursive: true });
  writeFileSync(MANIFEST_FILE, JSON.stringify(manifest));
  rmSync(DEV_PROBLEMS_FILE, { force: true });
  writeFileSync(REVISION_FILE, JSON.stringify({ revision: `${Date.now()}` }));
}

/** In `npm run dev`: shows the checker's message on every page until the content is fixed. */
export function writeDevProblems(message: string): void {
  mkdirSync(path.dirname(DEV_PROBLEMS_FILE), { recursive: true });
  writeFileSync(DEV_PROBLEMS_FILE, message);
  writeFileSync(REVISION_FILE, JSON.stringify({ revision: `${Date.now()}` }));
}
