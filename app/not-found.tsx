import { NotFoundPage } from '@/components/not-found-page';
import { SiteDocument } from '@/components/site-document';
import { getSite } from '@/lib/content/get-content';

/** 404 for paths outside any locale: the whole site document, prerendered once, in the default language. */
export default function NotFound() {
  const { defaultLocale } = getSite();
  return (
    <SiteDocument locale={defaultLocale}>
      <NotFoundPage locale={defaultLocale} />
    </SiteDocument>
  );
}
