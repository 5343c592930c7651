import { NotFoundMessage } from '@/components/not-found-message';
import { ThemeScript } from '@/components/theme-script';
import { getSite } from '@/lib/content/get-content';

/**
 * 404 for paths proxy.ts does not look at (under /api, /assets, /search): a bare document in the
 * default language with the theme and a link home. Next puts it in every page's payload, so it
 * has no header or footer; unknown page paths get the full 404 page from the proxy.
 */
export default function NotFound() {
  const { defaultLocale } = getSite();
  return (
    <html lang={defaultLocale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="site-body">
        <NotFoundMessage locales={[defaultLocale]} />
      </body>
    </html>
  );
}
