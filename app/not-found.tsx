import { NotFoundContent } from '@/components/not-found-content';
import { ThemeScript } from '@/components/theme-script';
import { getSite } from '@/lib/content/get-content';

/** 404 for paths outside any locale; renders the whole document because the root layout does not. */
export default function NotFound() {
  const { defaultLocale } = getSite();
  return (
    <html lang={defaultLocale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">
        <NotFoundContent fallbackLocale={defaultLocale} />
      </body>
    </html>
  );
}
