import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { setLayoutLocale } from '@/components/layout-locale';
import { SiteDocument } from '@/components/site-document';
import { getSite, isSiteLocale } from '@/lib/content/get-content';
import { getEnv } from '@/lib/env';

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
  setLayoutLocale(locale);
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
