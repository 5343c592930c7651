import { getCategories } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The small 404 of the not-found boundaries: a message, the topics and a link home, with no
 * client component. Next puts a layout's not-found boundary into the payload and the script
 * of every page below it, so the full 404 page (header, search box: app/[locale]/[...rest],
 * which proxy.ts serves for every unknown page path) would weigh on every article.
 */
export function NotFoundMessage({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.notFoundTitle}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t.notFoundBody}</p>
      <ul aria-label={t.browseTopics} className="mt-8 flex flex-wrap justify-center gap-x-4 gap-y-2">
        {getCategories(locale).map((category) => (
          <li key={category.slug}>
            <a href={`/${locale}/${category.slug}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
              {category.title}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <a href={`/${locale}`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {t.goHome}
        </a>
      </p>
    </main>
  );
}
