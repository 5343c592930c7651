'use client';

import { lazy, Suspense, useState } from 'react';
import { usePathLocale } from '@/components/use-path-locale';
import { ERROR_TITLES } from '@/lib/i18n/error-titles';

/** The error title alone: shown while the screen's chunk loads, and instead of it if that fetch fails (the network is gone). */
function ErrorTitle() {
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">{ERROR_TITLES[usePathLocale()]}</h1>
    </main>
  );
}

// Next loads every error boundary's code with each page: the screen is a chunk fetched on failure.
const ErrorContent = lazy(() => import('@/components/error-content').catch(() => ({ default: ErrorTitle })));

/** Catches failures of a locale layout itself; renders the whole document because the root layout does not. */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = usePathLocale();
  // React clears the attributes of <html> when this document replaces the layout's: keep the
  // theme class the theme script set (read during render, before the swap).
  const [dark] = useState(() => typeof document !== 'undefined' && document.documentElement.classList.contains('dark'));
  return (
    <html lang={locale} className={dark ? 'dark' : undefined} suppressHydrationWarning>
      <body className="site-body">
        <Suspense fallback={<ErrorTitle />}>
          <ErrorContent reset={reset} />
        </Suspense>
      </body>
    </html>
  );
}
