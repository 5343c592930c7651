import { LocaleVariant } from '@/components/locale-variant';
import { NotFoundPage } from '@/components/not-found-page';
import { getSite } from '@/lib/content/get-content';

/** 404 for every unknown path under a locale, inside that locale's layout and in its language. */
export default function LocaleNotFound() {
  const site = getSite();
  const variants = Object.fromEntries(site.locales.map((locale) => [locale, <NotFoundPage key={locale} locale={locale} />]));
  return <LocaleVariant variants={variants} fallbackLocale={site.defaultLocale} />;
}
