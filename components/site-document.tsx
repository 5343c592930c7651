import type { ReactNode } from 'react';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { SiteFooter } from './site-footer';
import { ThemeScript } from './theme-script';

export interface SiteDocumentProps {
  locale: Locale;
  children: ReactNode;
}

/** The whole document of a page in `locale`: theme before first paint, skip link, page, footer. */
export function SiteDocument({ locale, children }: SiteDocumentProps) {
  const t = getDictionary(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      {/* The App Router document: next/head is a Pages Router API. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <ThemeScript />
      </head>
      <body className="site-body">
        <a
          href="#main"
          className="skip-link"
        >
          {t.skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
