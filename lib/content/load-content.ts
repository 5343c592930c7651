import type { MdxStructure } from '@/lib/mdx/mdx-structure';
import { ContentValidationError } from './content-error';
import { buildManifest, type StructureOf } from './build-manifest';
import { checkContent } from './check-content';
import { readLastCommitDates } from './git-dates';
import { sharedStructures } from './heading-ids';
import { readContentDir, type SourceArticle, type SourceCategory } from './read-content-dir';
import { readSiteConfig } from './read-site';
import type { ContentManifest, SiteConfig } from './types';

/** A content folder that passed every check. */
export interface CheckedContent {
  site: SiteConfig;
  articles: SourceArticle[];
  categories: SourceCategory[];
}

/**
 * Reads and validates a content folder without building anything: what `npm run content:check`
 * runs, and the first step of the build.
 * @throws ContentValidationError listing every problem with file, line, field and expectation.
 */
export function checkContentDir(contentDir: string): CheckedContent {
  const site = readSiteConfig(contentDir);
  const { articles, categories, problems } = readContentDir(contentDir, site);
  problems.push(...checkContent(site, articles, categories));
  if (problems.length > 0) throw new ContentValidationError(problems);
  return { site, articles, categories };
}

/** The check pass's structure of each article (same plugin walk as the compiler's). */
export function checkedStructures(content: CheckedContent): StructureOf {
  const byFile = new Map(content.articles.map((article) => [article.file, article.analysis]));
  return (sourcePath) => {
    const analysis = byFile.get(sourcePath);
    if (!analysis) throw new Error(`No structure for ${sourcePath}: it was not checked`);
    const { headings, faqs, sections }: MdxStructure = analysis;
    return { headings, faqs, sections };
  };
}

/**
 * Checks a content folder and summarises it into a manifest, with the check pass's structures
 * (tests, benchmarks); `structureOf` gives each article's structure for the search input. The
 * build instead takes the structures contentlayer2's compilation emitted.
 * @throws ContentValidationError listing every problem with file, field and expectation.
 */
export function loadCheckedContent(contentDir: string, now = new Date()): { manifest: ContentManifest; structureOf: StructureOf } {
  const content = checkContentDir(contentDir);
  const structureOf = sharedStructures(content.articles, content.site.defaultLocale, checkedStructures(content));
  const manifest = buildManifest(content.site, content.articles, content.categories, {
    contentDir,
    gitDates: readLastCommitDates(contentDir),
    structureOf,
    now,
  });
  return { manifest, structureOf };
}

/** {@link loadCheckedContent}'s manifest. */
export function loadContent(contentDir: string, now = new Date()): ContentManifest {
  return loadCheckedContent(contentDir, now).manifest;
}
