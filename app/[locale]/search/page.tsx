import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/search/search-page';
import { SiteHeader } from '@/components/site-header';
import { getCategories, getFeaturedArticles, getSite, isSiteLocale } from '@/lib/content/get-content';
import { getContactStrings } from '@/lib/i18n/contact-strings';
import { getSearchStrings } from '@/lib/i18n/search-strings';
import { getSearchAssets } from '@/lib/search/search-assets';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isSiteLocale(locale)) return {};
  return { title: getSearchStrings(locale).pageTitle, robots: { index: false, follow: true } };
}

/** Prerendered with its heading, box and searching state; the browser's search worker fills in ?q= and ?category=. */
export default async function SearchRoute({ params }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!isSiteLocale(locale)) notFound();
  const site = getSite();
  const strings = getSearchStrings(locale);
  const featured = getFeaturedArticles(locale).map((a) => ({ id: a.meta.id, title: a.meta.title, path: a.path, description: a.meta.description }));
  return (
    <>
      <SiteHeader locale={locale} alternates={site.locales.map((l) => ({ locale: l, path: `/${l}/search` }))} showSearch={false} />
      <main id="main" className="mx-auto w-full max-w-3xl px-4 py-8">
        <SearchPage
          locale={locale}
          assets={getSearchAssets(locale)}
          strings={strings}
          categories={getCategories(locale).map((c) => ({ slug: c.slug, title: c.title }))}
          featured={featured}
          contact={site.contact[locale] ?? { form: site.contactUrl }}
          contactStrings={getContactStrings(locale)}
        />
      </main>
    </>
  );
}
