import { getSite } from '@/lib/content/get-content';
import type { Locale } from '@/lib/i18n/locales';
import { NotFoundContent } from './not-found-content';
import { SiteHeader } from './site-header';

export interface NotFoundPageProps {
  locale: Locale;
}

/** A 404 inside the site: header with search, language and theme, then the message, a search and the topics. */
export function NotFoundPage({ locale }: NotFoundPageProps) {
  const site = getSite();
  const alternates = site.locales.map((l) => ({ locale: l, path: `/${l}` }));
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <NotFoundContent locale={locale} locales={site.locales} />
    </>
  );
}
