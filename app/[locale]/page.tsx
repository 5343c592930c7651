import { IntentLink } from '@/components/intent-link';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { SearchBox } from '@/components/search/search-box';
import { getSearchAssets } from '@/lib/search/search-assets';
import { getSearchBoxStrings } from '@/lib/i18n/search-strings';
import { SiteHeader } from '@/components/site-header';
import { getCategories, getFeaturedArticles, getSite, isSiteLocale } from '@/lib/content/get-content';
import { localeAlternates } from '@/lib/content/alternates';
import { format, getDictionary } from '@/lib/i18n/dictionary';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isSiteLocale(locale)) return {};
  return localeAlternates((l) => `/${l}`, locale);
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isSiteLocale(locale)) notFound();
  const site = getSite();
  const t = getDictionary(locale);
  const categories = getCategories(locale);
  const featured = getFeaturedArticles(locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={site.locales.map((l) => ({ locale: l, path: `/${l}` }))} showSearch={false} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 pb-12">
        <section className="py-10 text-center sm:py-14">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{t.heroTitle}</h1>
          <p className="mt-3 text-slate-600 dark:text-slate-400">{site.tagline[locale]}</p>
          <div className="mx-auto mt-6 max-w-2xl">
            <SearchBox locale={locale} assets={getSearchAssets(locale)} strings={getSearchBoxStrings(locale)} large shortcut />
          </div>
        </section>
        <section aria-labelledby="topics">
          <h2 id="topics" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">{t.browseTopics}</h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {categories.map((category) => (
              <li key={category.slug}>
                <IntentLink
                  href={`/${locale}/${category.slug}`}
                  className="block h-full rounded-xl border border-slate-200 p-5 transition hover:border-brand-500 hover:shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-800 dark:hover:border-brand-300"
                >
                  <span className="block font-semibold text-slate-900 dark:text-white">{category.title}</span>
                  <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{category.description}</span>
                  <span className="mt-3 block text-xs text-slate-600 dark:text-slate-400">{format(t.articleCount, { count: category.articleCount })}</span>
                </IntentLink>
              </li>
            ))}
          </ul>
        </section>
        {featured.length > 0 ? (
          <section aria-labelledby="popular" className="mt-10">
            <h2 id="popular" className="mb-4 text-xl font-semibold text-slate-900 dark:text-white">{t.popularArticles}</h2>
            <ArticleList locale={locale} articles={featured} />
          </section>
        ) : null}
      </main>
    </>
  );
}
