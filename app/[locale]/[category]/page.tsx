import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article-list';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SiteHeader } from '@/components/site-header';
import { localeAlternates } from '@/lib/content/alternates';
import { getCategory, getCategoryParams, getSite, isSiteLocale } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';

// Unknown paths render on demand only to call notFound(), so the 404 page keeps the visitor's language.

export function generateStaticParams() {
  return getCategoryParams();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[category]'>): Promise<Metadata> {
  const { locale, category } = await params;
  if (!isSiteLocale(locale)) return {};
  const data = getCategory(locale, category);
  if (!data) return {};
  const base = localeAlternates((l) => `/${l}/${category}`, locale);
  return { ...base, title: data.category.title, description: data.category.description, openGraph: { ...base.openGraph, title: data.category.title, description: data.category.description } };
}

export default async function CategoryPage({ params }: PageProps<'/[locale]/[category]'>) {
  const { locale, category } = await params;
  if (!isSiteLocale(locale)) notFound();
  const data = getCategory(locale, category);
  if (!data) notFound();
  const t = getDictionary(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={getSite().locales.map((l) => ({ locale: l, path: `/${l}/${category}` }))} />
      <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8">
        <Breadcrumbs locale={locale} items={[{ label: data.category.title }]} />
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{data.category.title}</h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{data.category.description}</p>
        <h2 className="sr-only">{t.articlesInTopic}</h2>
        <div className="mt-6">
          <ArticleList locale={locale} articles={data.articles} />
        </div>
      </main>
    </>
  );
}
