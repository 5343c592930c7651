import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isSupportedLocale, SUPPORTED_LOCALES, type Locale } from '@/lib/i18n/locales';
import { ContentError, ContentValidationError } from './content-error';
import { issuesToErrors } from './zod-issues';
import { siteSchema } from './schemas';
import type { SiteConfig } from './types';

function localize(value: string | Record<string, string> | undefined, locales: Locale[], fallback: Locale) {
  const result: Record<string, string> = {};
  for (const locale of locales) {
    if (value === undefined) result[locale] = '';
    else if (typeof value === 'string') result[locale] = value;
    else result[locale] = value[locale] ?? value[fallback] ?? '';
  }
  return result;
}

/**
 * Reads and validates `site.yml` at the top of the content folder.
 * @throws ContentValidationError naming the field and what was expected.
 */
export function readSiteConfig(contentDir: string): SiteConfig {
  const file = 'site.yml';
  let raw: unknown;
  try {
    raw = parse(readFileSync(path.join(contentDir, file), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file is missing' : `is not valid YAML: ${(error as Error).message}`;
    throw new ContentValidationError([new ContentError(file, '', `${reason} (expected name, locales, defaultLocale, contactUrl)`)]);
  }
  const parsed = siteSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ContentValidationError(issuesToErrors(file, parsed.error.issues, raw));
  const site = parsed.data;
  const problems: ContentError[] = [];
  const locales: Locale[] = [];
  site.locales.forEach((locale, index) => {
    if (isSupportedLocale(locale)) locales.push(locale);
    else problems.push(new ContentError(file, `locales[${index}]`, `"${locale}" has no UI dictionary; expected one of ${SUPPORTED_LOCALES.join(', ')}`));
  });
  const defaultLocale = site.defaultLocale;
  if (!locales.includes(defaultLocale as Locale)) {
    problems.push(new ContentError(file, 'defaultLocale', `expected one of the locales (${site.locales.join(', ')}), got "${defaultLocale}"`));
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  const fallback = defaultLocale as Locale;
  return {
    name: localize(site.name, locales, fallback),
    tagline: localize(site.tagline, locales, fallback),
    locales,
    defaultLocale: fallback,
    contactUrl: site.contactUrl,
    ...(site.editUrlBase ? { editUrlBase: site.editUrlBase.replace(/\/+$/, '') } : {}),
    contact: Object.fromEntries(locales.map((locale) => [locale, site.contact?.[locale] ?? site.contact?.[fallback] ?? { form: site.contactUrl }])),
    showEditLink: site.showEditLink ?? false,
  };
}
