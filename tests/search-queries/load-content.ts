import { loadCheckedContent } from '../../lib/content/load-content';
import type { ArticleInput } from '../../lib/search/extract-records';
import { toSearchArticles } from '../../lib/search/search-inputs';

/**
 * The search input of a content folder through the build's own path: the content check (front
 * matter, the structure pass over each body), the manifest, then `toSearchArticles`. The only
 * difference from `npm run content:build` is that structures come from the check pass rather
 * than from contentlayer2's compiled output; both run the same `rehypeStructure` walk.
 */
export function loadContentArticles(contentDir: string): ArticleInput[] {
  const { manifest, structureOf } = loadCheckedContent(contentDir);
  return toSearchArticles(manifest, structureOf);
}
