import type { Metadata } from 'next';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_REGION_TAGS } from '@/lib/i18n/locales';
import { getSite } from './get-content';

/**
 * Canonical URL and hreflang alternates for a page that exists in every locale.
 * @param pathFor the page's path in a locale
 */
export function localeAlternates(pathFor: (locale: Locale) => string, locale: Locale, canonical = pathFor(locale)): Metadata {
  const site = getSite();
  const languages: Record<string, string> = Object.fromEntries(site.locales.map((l) => [l, pathFor(l)]));
  languages['x-default'] = pathFor(site.defaultLocale);
  return {
    alternates: { canonical, languages },
    openGraph: {
      siteName: site.name[locale],
      locale: LOCALE_REGION_TAGS[locale],
      url: pathFor(locale),
      alternateLocale: site.locales.filter((l) => l !== locale).map((l) => LOCALE_REGION_TAGS[l]),
    },
  };
}
