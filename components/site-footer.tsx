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
      <div className="site-footer-row">
        <p>
          {t.footerNote}{' '}
          <a className="footer-link" href={site.contactUrl}>
            {t.contactSupport}
          </a>
        </p>
        <p>{site.name[locale]}</p>
      </div>
    </footer>
  );
}
