'use client';

import { usePathname } from 'next/navigation';
import { getDictionary } from '@/lib/i18n/dictionary';
import { isSupportedLocale, type Locale } from '@/lib/i18n/locales';

export interface NotFoundContentProps {
  /** Used when the URL does not start with a known locale. */
  fallbackLocale: Locale;
}

/** The 404 message in the page's language, with a search box and a way home. */
export function NotFoundContent({ fallbackLocale }: NotFoundContentProps) {
  // not-found pages receive no params; the first path segment names the language.
  const first = usePathname()?.split('/')[1] ?? '';
  const locale = isSupportedLocale(first) ? first : fallbackLocale;
  const t = getDictionary(locale);
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t.notFoundBody}</p>
      <form role="search" action={`/${locale}/search`} method="get" className="mx-auto mt-8 flex max-w-md gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          {t.searchLabel}
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          placeholder={t.searchPlaceholder}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2">
          {t.searchSubmit}
        </button>
      </form>
      <p className="mt-8">
        <a href={`/${locale}`} className="text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300">
          {t.goHome}
        </a>
      </p>
    </main>
  );
}
