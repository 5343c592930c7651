import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '@/lib/i18n/locales';
import { ContentError } from './content-error';
import { FrontMatterSyntaxError, splitFrontMatter } from './front-matter';
import { validateBody } from './validate-body';
import { categorySchema, frontMatterSchema, isSlug, type FrontMatter } from './schemas';
import type { SiteConfig } from './types';
import type { MdxAnalysis } from '@/lib/mdx/mdx-structure';
import { issuesToErrors } from './zod-issues';

export interface SourceArticle {
  /** Relative to the content folder, with forward slashes. */
  file: string;
  locale: Locale;
  category: string;
  slug: string;
  frontMatter: FrontMatter;
  body: string;
  /** The body's structure from the check pass; null when the body does not parse. */
  analysis: MdxAnalysis | null;
}

export interface SourceCategory {
  file: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  order: number;
}

export interface ContentSource {
  articles: SourceArticle[];
  categories: SourceCategory[];
  problems: ContentError[];
}

/** Files at the top of the content folder that are not locales. */
const TOP_LEVEL_FILES = new Set(['site.yml', 'synonyms.yml', 'assets']);
const ALLOWED_FIELDS = Object.keys(frontMatterSchema.shape);

const isHidden = (name: string) => name.startsWith('.');

function listDir(dir: string): string[] {
  return readdirSync(dir).filter((name) => !isHidden(name)).sort();
}

function readCategory(contentDir: string, file: string, locale: Locale, slug: string, problems: ContentError[]): SourceCategory | undefined {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path.join(contentDir, file), 'utf8'), { uniqueKeys: true });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push(new ContentError(file, '', missing ? 'file is missing: every category folder needs a _category.yml with title, description and order' : `is not valid YAML: ${(error as Error).message.split('\n')[0]}`));
    return undefined;
  }
  const parsed = categorySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    problems.push(...issuesToErrors(file, parsed.error.issues, raw, Object.keys(categorySchema.shape)));
    return undefined;
  }
  return { file, locale, slug, ...parsed.data };
}

function readArticle(contentDir: string, file: string, locale: Locale, category: string, problems: ContentError[]): SourceArticle | undefined {
  const slug = path.basename(file, '.mdx');
  if (!isSlug(slug)) problems.push(new ContentError(file, '', 'file name must be a kebab-case slug such as reset-password.mdx'));
  let split;
  try {
    split = splitFrontMatter(readFileSync(path.join(contentDir, file), 'utf8'));
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    problems.push(new ContentError(file, 'front matter', error.message));
    return undefined;
  }
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    problems.push(...issuesToErrors(file, parsed.error.issues, split.data, ALLOWED_FIELDS));
    return undefined;
  }
  const checked = validateBody(file, split.body, split.bodyLine);
  problems.push(...checked.problems);
  return { file, locale, category, slug, frontMatter: parsed.data, body: split.body, analysis: checked.analysis };
}

/**
 * Reads every category and article of the content folder and validates each file on its own.
 * Problems are collected, not thrown, so the build can report them all at once.
 */
export function readContentDir(contentDir: string, site: SiteConfig): ContentSource {
  const problems: ContentError[] = [];
  const articles: SourceArticle[] = [];
  const categories: SourceCategory[] = [];
  for (const entry of listDir(contentDir)) {
    if (TOP_LEVEL_FILES.has(entry)) continue;
    if (!(site.locales as string[]).includes(entry)) {
      problems.push(new ContentError(entry, '', `unexpected entry at the top of the content folder; expected a locale folder (${site.locales.join(', ')}), site.yml, synonyms.yml or assets/`));
      continue;
    }
    const locale = entry as Locale;
    for (const category of listDir(path.join(contentDir, locale))) {
      const categoryDir = path.join(contentDir, locale, category);
      if (!statSync(categoryDir).isDirectory() || !isSlug(category)) {
        problems.push(new ContentError(`${locale}/${category}`, '', 'expected a category folder with a kebab-case name; articles live in <locale>/<category>/<slug>.mdx'));
        continue;
      }
      const meta = readCategory(contentDir, `${locale}/${category}/_category.yml`, locale, category, problems);
      if (meta) categories.push(meta);
      for (const name of listDir(categoryDir)) {
        const file = `${locale}/${category}/${name}`;
        if (name === '_category.yml') continue;
        if (!name.endsWith('.mdx')) {
          problems.push(new ContentError(file, '', 'unexpected file; a category folder holds _category.yml and .mdx articles only'));
          continue;
        }
        const article = readArticle(contentDir, file, locale, category, problems);
        if (article) articles.push(article);
      }
    }
  }
  return { articles, categories, problems };
}
