'use client';

import { lazy, Suspense } from 'react';

/*
 * Next loads every error boundary's code with each page, so this one's screen is a chunk of its
 * own, fetched only when a page fails. If even that fetch fails (the network is gone), the
 * error reaches app/error.tsx, which fetches the screen again or shows its title.
 */
const ErrorContent = lazy(() => import('@/components/error-content'));

export default function LocaleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Suspense fallback={<main id="main" className="min-h-[50vh]" />}>
      <ErrorContent reset={reset} />
    </Suspense>
  );
}
