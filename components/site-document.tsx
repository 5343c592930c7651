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
      <body className="flex min-h-screen flex-col bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-700 focus:shadow dark:focus:bg-slate-900"
        >
          {t.skipToContent}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
