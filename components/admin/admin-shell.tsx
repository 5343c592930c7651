import type { ReactNode } from 'react';
import { format } from '@/lib/i18n/dictionary';
import { getAdminStrings } from '@/lib/i18n/admin-strings';
import { LOCALE_NAMES, type Locale, SUPPORTED_LOCALES } from '@/lib/i18n/locales';

export type AdminSection = 'overview' | 'articles' | 'comments' | 'searches' | 'review' | 'links';

export interface AdminShellProps {
  locale: Locale;
  current: AdminSection;
  newComments: number;
  /** This page's path and query, to come back to after switching language. */
  here: string;
  children: ReactNode;
}

const SECTIONS: Array<[AdminSection, string]> = [
  ['overview', '/admin'],
  ['articles', '/admin/articles'],
  ['comments', '/admin/comments'],
  ['searches', '/admin/searches'],
  ['review', '/admin/review'],
  ['links', '/admin/links'],
];

const focus = 'focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';

/** The dashboard's frame: navigation with the count of new comments, language switcher, sign-out. */
export function AdminShell({ locale, current, newComments, here, children }: AdminShellProps) {
  const t = getAdminStrings(locale);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-700 dark:focus:bg-slate-900">
        {t.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <p className="mr-auto font-semibold text-slate-900 dark:text-white">{t.title}</p>
          <form method="post" action="/admin/language" className="flex items-center gap-2 text-sm">
            <input type="hidden" name="next" value={here} />
            <label htmlFor="admin-language">{t.language}</label>
            <select id="admin-language" name="lang" defaultValue={locale} className={`rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-900 ${focus}`}>
              {SUPPORTED_LOCALES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LOCALE_NAMES[code]}
                </option>
              ))}
            </select>
            <button type="submit" className={`rounded border border-slate-400 px-2 py-1 dark:border-slate-500 ${focus}`}>
              {t.change}
            </button>
          </form>
          <form method="post" action="/admin/logout">
            <button type="submit" className={`rounded border border-slate-400 px-3 py-1 text-sm dark:border-slate-500 ${focus}`}>
              {t.signOut}
            </button>
          </form>
        </div>
        <nav aria-label={t.nav.label} className="mx-auto max-w-7xl overflow-x-auto px-4">
          <ul className="flex gap-1 text-sm">
            {SECTIONS.map(([section, href]) => (
              <li key={section}>
                <a
                  href={href}
                  aria-current={section === current ? 'page' : undefined}
                  className={`inline-flex items-center gap-1.5 whitespace-nowrap border-b-2 px-3 py-2 ${focus} ${section === current ? 'border-brand-600 font-semibold text-brand-700 dark:border-brand-300 dark:text-brand-300' : 'border-transparent text-slate-700 hover:text-slate-950 dark:text-slate-300 dark:hover:text-white'}`}
                >
                  {t.nav[section]}
                  {section === 'comments' && newComments > 0 ? (
                    <span className="rounded-full bg-red-700 px-2 text-xs font-semibold text-white">{format(t.newCount, { count: newComments })}</span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
