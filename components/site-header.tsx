import { IntentLink } from './intent-link';
import { getSite } from '@/lib/content/get-content';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { LanguageSwitcher } from './language-switcher';
import { getSearchAssets } from '@/lib/search/search-assets';
import { getSearchBoxStrings } from '@/lib/i18n/search-strings';
import { SearchBox } from './search/search-box';
import { ThemeToggle } from './theme-toggle';

export interface SiteHeaderProps {
  locale: Locale;
  /** This page in each language, for the language switcher. */
  alternates: Array<{ locale: Locale; path: string }>;
  /** Hide the header search where the page has its own (home, search page). */
  showSearch?: boolean;
}

/** Site name, search, language and theme: on every page. */
export function SiteHeader({ locale, alternates, showSearch = true }: SiteHeaderProps) {
  const site = getSite();
  const t = getDictionary(locale);
  return (
    <header className="site-header">
      {/* One row on a phone (name, language, theme) with the search box under it; one row from sm up. */}
      <div className="site-header-row">
        <IntentLink href={`/${locale}`} className="site-name">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0 text-brand-600 dark:text-brand-300" fill="currentColor">
            <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.6-4.1-4.1 1.4-1.4 2.7 2.7 5.5-5.5 1.4 1.4-6.9 6.9Z" />
          </svg>
          <span className="truncate">{site.name[locale]}</span>
        </IntentLink>
        {showSearch ? (
          <div className="site-header-search">
            <SearchBox locale={locale} assets={getSearchAssets(locale)} strings={getSearchBoxStrings(locale)} shortcut />
          </div>
        ) : null}
        <div className="flex items-center gap-0.5 sm:col-start-3">
          <LanguageSwitcher locale={locale} alternates={alternates} />
          <ThemeToggle labels={{ system: t.themeSystem, light: t.themeLight, dark: t.themeDark }} />
        </div>
      </div>
    </header>
  );
}
