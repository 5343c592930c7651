'use client';

import { ERROR_STRINGS } from '@/lib/i18n/error-strings';
import { usePathLocale } from './use-path-locale';

export interface ErrorContentProps {
  reset: () => void;
}

/** What a visitor sees when a page fails: no stack trace, a retry and a way home. The error boundaries load it lazily. */
export default function ErrorContent({ reset }: ErrorContentProps) {
  const locale = usePathLocale();
  const t = ERROR_STRINGS[locale];
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.errorTitle}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t.errorBody}</p>
      <div className="mt-8 flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2">
          {t.tryAgain}
        </button>
        <a href={`/${locale}`} className="px-4 py-2 text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {t.goHome}
        </a>
      </div>
    </main>
  );
}
