import { getArticle, getArticleById, getCategory, getSite, isSiteLocale } from '@/lib/content/get-content';
import type { Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';

/** The path of the prerendered 404 page of a locale (app/[locale]/[...rest]). */
export function notFoundPagePath(locale: Locale): string {
  return `/${locale}/${NOT_FOUND_SEGMENT}`;
}

export const NOT_FOUND_SEGMENT = '404';

/**
 * Whether a page path exists in this build, and if not, in which language to say so: the
 * path's own locale, else the visitor's Accept-Language. Only paths under a locale and short
 * links are looked at; the rest (API, build output, files) is left to the router.
 */
export function findPage(pathname: string, acceptLanguage: string | null): { found: true } | { found: false; locale: Locale } {
  const site = getSite();
  const segments = pathname.split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const [first = '', second, third, ...more] = segments;
  const visitorLocale = () => negotiateLocale(acceptLanguage, site.locales, site.defaultLocale) as Locale;
  if (first === 'a' && segments.length === 2 && second) {
    return site.locales.some((locale) => getArticleById(locale, second)) ? { found: true } : { found: false, locale: visitorLocale() };
  }
  if (!isSiteLocale(first)) return { found: false, locale: visitorLocale() };
  const locale = first;
  const found =
    more.length === 0 &&
    (second === undefined ||
      (third === undefined && (second === 'search' || getCategory(locale, second) !== undefined)) ||
      (third !== undefined && second !== undefined && getArticle(locale, second, third) !== undefined));
  return found ? { found: true } : { found: false, locale };
}
