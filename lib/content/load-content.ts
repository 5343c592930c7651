import { ContentValidationError } from './content-error';
import { buildManifest } from './build-manifest';
import { checkContent } from './check-content';
import { readLastCommitDates } from './git-dates';
import { readContentDir } from './read-content-dir';
import { readSiteConfig } from './read-site';
import type { ContentManifest } from './types';

/**
 * Reads, validates and summarises a content folder: what `npm run content:check` and the build run.
 * @throws ContentValidationError listing every problem with file, field and expectation.
 */
export function loadContent(contentDir: string, now = new Date()): ContentManifest {
  const site = readSiteConfig(contentDir);
  const { articles, categories, problems } = readContentDir(contentDir, site);
  problems.push(...checkContent(site, articles, categories));
  if (problems.length > 0) throw new ContentValidationError(problems);
  return buildManifest(site, articles, categories, { contentDir, gitDates: readLastCommitDates(contentDir), now });
}
