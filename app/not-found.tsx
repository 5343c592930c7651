import { NotFoundMessage } from '@/components/not-found-message';
import { SiteDocument } from '@/components/site-document';
import { getSite } from '@/lib/content/get-content';

/**
 * 404 for paths proxy.ts does not look at (under /api, /assets, /search): the site document in
 * the default language, prerendered once. Unknown page paths get the full 404 page from the proxy.
 */
export default function NotFound() {
  const { defaultLocale } = getSite();
  return (
    <SiteDocument locale={defaultLocale}>
      <NotFoundMessage locales={[defaultLocale]} />
    </SiteDocument>
  );
}
