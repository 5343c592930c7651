import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/theme-script';
import { pickAdminLocale } from '@/lib/admin/admin-locale';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import './admin.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = getAdminStrings(pickAdminLocale(await headers()));
  return { title: { default: t.title, template: `%s · ${t.title}` }, robots: { index: false, follow: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The dashboard's document, in the dashboard language (switcher, else Accept-Language). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const locale = pickAdminLocale(await headers());
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-800 antialiased dark:bg-slate-950 dark:text-slate-200">{children}</body>
    </html>
  );
}
