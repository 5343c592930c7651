import path from 'node:path';
import { addDays } from './build-manifest';
import { articlePath } from './check-content';
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
      .map((article): StatusArticle => {
        const fm = article.frontMatter;
        return {
          id: fm.id,
          locale: article.locale,
          category: article.category,
          slug: article.slug,
          path: articlePath(article),
          sourcePath: article.file,
          title: fm.title,
          updated: fm.updated ?? gitDates.get(path.join(contentDir, article.file)) ?? null,
          reviewDue: fm.reviewed && fm.reviewEvery ? addDays(fm.reviewed, fm.reviewEvery) : null,
          owner: fm.owner ?? null,
          needsTranslation: fm.needsTranslation ?? false,
        };
      }),
  };
}
