import Link from 'next/link';
import { getCategories } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { NotFoundSearch } from './not-found-search';

export interface NotFoundContentProps {
  locale: Locale;
  locales: string[];
}

/** The 404 message in the page's language, a search box prefilled from the bad path, and the topics. */
export function NotFoundContent({ locale, locales }: NotFoundContentProps) {
  const t = getDictionary(locale);
  const categories = getCategories(locale);
  return (
    <main id="main" className="mx-auto w-full max-w-3xl px-4 py-12 sm:py-16">
      <div className="text-center">
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.notFoundTitle}</h1>
        <p className="mt-3 text-slate-600 dark:text-slate-400">{t.notFoundBody}</p>
      </div>
      <form role="search" aria-label={t.searchLabel} action={`/${locale}/search`} method="get" className="mx-auto mt-8 flex max-w-md gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          {t.searchLabel}
        </label>
        <NotFoundSearch
          locales={locales}
          placeholder={t.searchPlaceholder}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-950">
          {t.searchSubmit}
        </button>
      </form>
      <section aria-labelledby="not-found-topics" className="mt-12">
        <h2 id="not-found-topics" className="mb-4 text-lg font-semibold text-slate-900 dark:text-white">{t.browseTopics}</h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={`/${locale}/${category.slug}`}
                className="block h-full rounded-xl border border-slate-200 px-4 py-3 hover:border-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-800 dark:hover:border-brand-300"
              >
                <span className="block font-medium text-slate-900 dark:text-white">{category.title}</span>
                <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-400">{category.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-10 text-center">
        <Link href={`/${locale}`} className="text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
          {t.goHome}
        </Link>
      </p>
    </main>
  );
}
