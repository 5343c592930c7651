import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

export interface SearchFormProps {
  locale: Locale;
  /** Larger variant for the home page hero. */
  large?: boolean;
  defaultValue?: string;
}

/** A plain GET form to the search page: works before any script has loaded. */
export function SearchForm({ locale, large = false, defaultValue }: SearchFormProps) {
  const t = getDictionary(locale);
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="relative w-full">
      <label htmlFor={large ? 'hero-search' : 'header-search'} className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id={large ? 'hero-search' : 'header-search'}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        className={`w-full rounded-lg border border-slate-300 bg-white pr-20 text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ${large ? 'px-4 py-3 text-lg' : 'px-3 py-1.5 text-sm'}`}
      />
      <button
        type="submit"
        className={`absolute right-1 top-1/2 -translate-y-1/2 rounded-md bg-brand-600 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900 ${large ? 'px-4 py-2' : 'px-2.5 py-1 text-xs'}`}
      >
        {t.searchSubmit}
      </button>
    </form>
  );
}
