import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundPage } from '@/components/not-found-page';
import { isSiteLocale } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import { NOT_FOUND_SEGMENT } from '@/lib/navigation/find-page';

/** Each locale's 404 page, prerendered at /<locale>/404; proxy.ts answers unknown paths with it and status 404. */
export function generateStaticParams() {
  return [{ rest: [NOT_FOUND_SEGMENT] }];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[...rest]'>): Promise<Metadata> {
  const { locale } = await params;
  return { title: isSiteLocale(locale) ? getDictionary(locale).notFoundTitle : undefined, robots: { index: false, follow: true } };
}

export default async function UnknownPath({ params }: PageProps<'/[locale]/[...rest]'>) {
  const { locale, rest } = await params;
  if (!isSiteLocale(locale) || rest.join('/') !== NOT_FOUND_SEGMENT) notFound();
  return <NotFoundPage locale={locale} />;
}
