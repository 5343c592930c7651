import { getLayoutLocale } from '@/components/layout-locale';
import { NotFoundMessage } from '@/components/not-found-message';
import { getSite } from '@/lib/content/get-content';

/**
 * The not-found boundary of the locale layout, a fallback: proxy.ts answers every unknown page
 * path (page loads and client-side navigations) with the full 404 page of app/[locale]/[...rest].
 * Next gives it no params; it speaks the language the layout rendered in, or, should the layout
 * not have rendered first, all of them (CSS shows the document's).
 */
export default function LocaleNotFound() {
  const locale = getLayoutLocale();
  return <NotFoundMessage locales={locale ? [locale] : getSite().locales} />;
}
