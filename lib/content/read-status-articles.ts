import { toStatusFields } from './build-manifest';
import type { StatusArticle } from './get-content-status';
import { readLastCommitDates } from './git-dates';
import { readContentDir } from './read-content-dir';
import { readSiteConfig } from './read-site';
import type { SiteConfig } from './types';

/**
 * Every article file of a content folder as `getContentStatus` takes it, drafts left out and
 * translations marked `needsTranslation` kept (flagged), with `updated` from front matter or
 * else the file's last git commit. Files with problems are still listed when their front
 * matter parses: status is about translations, `content:check` is about validity.
 */
export function readStatusArticles(contentDir: string): { site: SiteConfig; articles: StatusArticle[] } {
  const site = readSiteConfig(contentDir);
  const { articles } = readContentDir(contentDir, site);
  const gitDates = readLastCommitDates(contentDir);
  return {
    site,
    articles: articles
      .filter((article) => !article.frontMatter.draft)
      .map((article): StatusArticle => ({
        ...toStatusFields(article, contentDir, gitDates),
        needsTranslation: article.frontMatter.needsTranslation ?? false,
      })),
  };
}
