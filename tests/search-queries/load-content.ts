import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ArticleInput } from '../../lib/search/extract-records';

function readStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function readYamlRecord(text: string): Record<string, unknown> {
  const data: unknown = parse(text);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * Reads the sample content folder the way the site build does for search:
 * every `<locale>/<category>/<slug>.mdx` that is not a draft, with its
 * category title. Test and benchmark helper only; the site reads content
 * through contentlayer.
 */
export function loadContentArticles(contentDir: string): ArticleInput[] {
  const articles: ArticleInput[] = [];
  for (const locale of readdirSync(contentDir)) {
    const localeDir = join(contentDir, locale);
    if (locale === 'assets' || !statSync(localeDir).isDirectory()) continue;
    for (const category of readdirSync(localeDir)) {
      const categoryDir = join(localeDir, category);
      if (!statSync(categoryDir).isDirectory()) continue;
      const categoryFile = join(categoryDir, '_category.yml');
      const categoryData = existsSync(categoryFile) ? readYamlRecord(readFileSync(categoryFile, 'utf8')) : {};
      for (const file of readdirSync(categoryDir).filter((name) => name.endsWith('.mdx'))) {
        const raw = readFileSync(join(categoryDir, file), 'utf8');
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
        const front = readYamlRecord(match?.[1] ?? '');
        if (front.draft === true) continue;
        const slug = file.replace(/\.mdx$/, '');
        articles.push({
          id: typeof front.id === 'string' ? front.id : slug,
          locale,
          url: `/${locale}/${category}/${slug}`,
          title: typeof front.title === 'string' ? front.title : slug,
          description: typeof front.description === 'string' ? front.description : '',
          category,
          categoryTitle: typeof categoryData.title === 'string' ? categoryData.title : category,
          keywords: readStringList(front.keywords),
          tags: readStringList(front.tags),
          body: raw.slice(match?.[0].length ?? 0),
        });
      }
    }
  }
  return articles;
}
