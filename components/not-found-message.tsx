import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The small 404 of the not-found boundaries: the title and a link home, with no client
 * component. Next puts a layout's not-found boundary into the RSC payload of every page below
 * it, so it is kept to a few bytes: the full 404 page (header, search, topics:
 * app/[locale]/[...rest]) is what proxy.ts serves for every unknown page path.
 */
export function NotFoundMessage({ locales }: { locales: readonly Locale[] }) {
  // Given several languages (the locale boundary, when it cannot tell), a rule keyed on the
  // document's language (which the layout set) shows the right one, also without script.
  const hideOthers = locales.map((locale) => `html:not([lang="${locale}"]) [data-not-found="${locale}"]`).join(',');
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      {locales.length > 1 ? <style>{`${hideOthers}{display:none}`}</style> : null}
      {locales.map((locale) => {
        const t = getDictionary(locale);
        return (
          <div key={locale} lang={locale} data-not-found={locale}>
            <h1 className="text-3xl font-bold">{t.notFoundTitle}</h1>
            <p className="mt-8">
              <a href={`/${locale}`} className="text-brand-700 underline dark:text-brand-300">
                {t.goHome}
              </a>
            </p>
          </div>
        );
      })}
    </main>
  );
}
