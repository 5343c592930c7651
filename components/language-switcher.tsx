import { getDictionary } from '@/lib/i18n/dictionary';
import { LOCALE_NAMES, type Locale } from '@/lib/i18n/locales';

/** What the switcher shows on a phone, where the header has one row. */
const LOCALE_SHORT_NAMES: Record<Locale, string> = { en: 'EN', 'zh-Hant': '繁', 'zh-Hans': '简' };

export interface LanguageSwitcherProps {
  locale: Locale;
  /** The same page in each language. */
  alternates: Array<{ locale: Locale; path: string }>;
}

/**
 * A disclosure menu of links to this page in the other languages; needs no script. The search
 * page adds its query and topic to the links (`data-locale-link`) from the address.
 */
export function LanguageSwitcher({ locale, alternates }: LanguageSwitcherProps) {
  const t = getDictionary(locale);
  return (
    <details className="group relative">
      <summary
        aria-label={`${t.language}: ${LOCALE_NAMES[locale]}`}
        className="locale-summary"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="10" cy="10" r="7.5" />
          <path d="M2.5 10h15M10 2.5c2 2.2 3 4.7 3 7.5s-1 5.3-3 7.5M10 2.5c-2 2.2-3 4.7-3 7.5s1 5.3 3 7.5" />
        </svg>
        <span aria-hidden="true" className="sm:hidden">{LOCALE_SHORT_NAMES[locale]}</span>
        <span aria-hidden="true" className="hidden sm:inline">{LOCALE_NAMES[locale]}</span>
      </summary>
      <ul className="locale-menu">
        {alternates.map((alt) => (
          <li key={alt.locale}>
            <a
              href={alt.path}
              data-locale-link=""
              hrefLang={alt.locale}
              lang={alt.locale}
              aria-current={alt.locale === locale ? 'page' : undefined}
              className="locale-link"
            >
              {LOCALE_NAMES[alt.locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
