import { NotFoundMessage } from '@/components/not-found-message';
import { getSite } from '@/lib/content/get-content';

/**
 * The not-found boundary of the locale layout, a fallback: proxy.ts answers every unknown page
 * path (page loads and client-side navigations) with the full 404 page of app/[locale]/[...rest].
 */
export default function LocaleNotFound() {
  return <NotFoundMessage locales={getSite().locales} />;
}
