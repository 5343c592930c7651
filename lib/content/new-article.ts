import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ContentError, ContentValidationError } from './content-error';
import { readContentDir } from './read-content-dir';
import { readSiteConfig } from './read-site';
import { isSlug } from './schemas';

/** One file `content:new` writes, or a locale it had to leave out. */
export interface PlannedArticle {
  locale: string;
  /** Relative to the content folder. */
  file: string;
  /** The file's text; null when the locale was skipped. */
  text: string | null;
  /** Why the locale was skipped. */
  skipped?: string;
}

/** "reset-password" → "Reset password": a placeholder title the writer replaces. */
function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function articleText(fields: Array<[string, string | boolean]>, body: string): string {
  return `---\n${stringify(Object.fromEntries(fields)).trim()}\n---\n\n${body}\n`;
}

/**
 * Plans a new article `<category>/<slug>` in every locale of site.yml: the default locale gets a
 * draft-free article with id from the slug and today's date; every other locale gets the same
 * front matter marked `needsTranslation: true` (left out of the public build until a writer
 * translates it and deletes the line). Locales where the category has no `_category.yml` yet are
 * skipped, with the reason.
 * @throws ContentValidationError when the name is not `<category>/<slug>`, the category does not
 *   exist in the default locale, or the id or a file already exists
 */
export function planNewArticle(contentDir: string, name: string, today: string): PlannedArticle[] {
  const [category, slug, ...rest] = name.replace(/\.mdx$/, '').split('/');
  const fail = (expected: string): never => {
    throw new ContentValidationError([new ContentError(name, '', expected)]);
  };
  if (!category || !slug || rest.length > 0 || !isSlug(category) || !isSlug(slug)) fail('expected <category>/<slug> in kebab-case, e.g. account/reset-password');
  const site = readSiteConfig(contentDir);
  const { articles, categories } = readContentDir(contentDir, site);
  const base = categories.find((c) => c.locale === site.defaultLocale && c.slug === category);
  if (!base) {
    const known = categories.filter((c) => c.locale === site.defaultLocale).map((c) => c.slug);
    fail(`category "${category}" does not exist in ${site.defaultLocale}; use one of ${known.join(', ')} or create ${site.defaultLocale}/${category}/_category.yml first`);
  }
  const twin = articles.find((a) => a.frontMatter.id === slug);
  if (twin) fail(`an article with the id "${slug}" already exists: ${twin.file}`);
  const title = titleFromSlug(slug as string);
  return site.locales.map((locale): PlannedArticle => {
    const file = `${locale}/${category}/${slug}.mdx`;
    if (existsSync(path.join(contentDir, file))) fail(`${file} already exists`);
    if (!categories.some((c) => c.locale === locale && c.slug === category)) {
      return { locale, file, text: null, skipped: `category "${category}" has no ${locale}/${category}/_category.yml yet; the article is shown from ${site.defaultLocale} there` };
    }
    const isDefault = locale === site.defaultLocale;
    const fields: Array<[string, string | boolean]> = [
      ['id', slug as string],
      ['title', title],
      ['description', `One sentence that says what this article answers.`],
      ['updated', today],
    ];
    if (!isDefault) fields.push(['needsTranslation', true]);
    const body = isDefault
      ? 'Start with a sentence or two that answer the question. Sections use `##` and `###`.'
      : `Translate the ${site.defaultLocale} article (${site.defaultLocale}/${category}/${slug}.mdx), then delete the needsTranslation line.`;
    return { locale, file, text: articleText(fields, body) };
  });
}
