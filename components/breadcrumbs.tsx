import { IntentLink } from './intent-link';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

export interface BreadcrumbsProps {
  locale: Locale;
  items: Array<{ label: string; href?: string }>;
}

/** Home › category › page, with the current page marked for screen readers. */
export function Breadcrumbs({ locale, items }: BreadcrumbsProps) {
  const t = getDictionary(locale);
  const all = [{ label: t.home, href: `/${locale}` }, ...items];
  return (
    <nav aria-label={t.breadcrumb} className="mb-4 text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-1">
        {all.map((item, index) => (
          <li key={item.label} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href && index < all.length - 1 ? (
              <IntentLink href={item.href} className="hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                {item.label}
              </IntentLink>
            ) : (
              <span aria-current="page" className="text-slate-800 dark:text-slate-200">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
