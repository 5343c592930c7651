import { getSite } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

export interface SiteFooterProps {
  locale: Locale;
}

/** Footer with the way to a human when the articles did not help. */
export function SiteFooter({ locale }: SiteFooterProps) {
  const site = getSite();
  const t = getDictionary(locale);
  return (
    <footer className="mt-auto border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
        <p>
          {t.footerNote}{' '}
          <a className="font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300" href={site.contactUrl}>
            {t.contactSupport}
          </a>
        </p>
        <p>{site.name[locale]}</p>
      </div>
    </footer>
  );
}
