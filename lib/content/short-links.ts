import { isSupportedLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { getArticleById, getSite } from './get-content';

/**
 * Where a short link `/a/<id>` leads: the article in the visitor's language (an explicit
 * `?lang=` wins over Accept-Language), or undefined for an unknown id.
 */
export function resolveShortLink(id: string, acceptLanguage: string | null, requestedLang?: string): string | undefined {
  const site = getSite();
  const locale =
    requestedLang && isSupportedLocale(requestedLang) && site.locales.includes(requestedLang)
      ? requestedLang
      : negotiateLocale(acceptLanguage, site.locales, site.defaultLocale);
  const target = getArticleById(locale as typeof site.defaultLocale, id);
  // Marked so votes can tell which support-shared links resolved problems; the page strips it.
  return target ? `${target.path}?src=support` : undefined;
}
