import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/site-footer';
import { ThemeScript } from '@/components/theme-script';
import { getSite, isSiteLocale } from '@/lib/content/get-content';
import { getEnv } from '@/lib/env';
import { getDictionary } from '@/lib/i18n/dictionary';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSite().locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isSiteLocale(locale)) return {};
  const site = getSite();
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: site.name[locale] ?? '', template: `%s · ${site.name[locale] ?? ''}` },
    description: site.tagline[locale],
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isSiteLocale(locale)) notFound();
  const t = getDictionary(locale);
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200 flex flex-col">
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
