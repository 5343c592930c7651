'use client';

import { usePathname } from 'next/navigation';
import { ErrorContent } from '@/components/error-content';
import { isSupportedLocale } from '@/lib/i18n/locales';

/** Catches failures of a locale layout itself; renders the whole document because the root layout does not. */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const first = usePathname()?.split('/')[1] ?? '';
  return (
    <html lang={isSupportedLocale(first) ? first : 'en'}>
      <body className="min-h-screen bg-white text-slate-800 dark:bg-slate-950 dark:text-slate-200">
        <ErrorContent reset={reset} />
      </body>
    </html>
  );
}
