'use client';

import { ErrorContent } from '@/components/error-content';

/** Catches failures of a locale layout itself; renders the whole document because the root layout does not. */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-800 dark:bg-slate-950 dark:text-slate-200">
        <ErrorContent reset={reset} />
      </body>
    </html>
  );
}
