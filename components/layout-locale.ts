import { cache } from 'react';
import type { Locale } from '@/lib/i18n/locales';

// React's cache() is scoped to one server render, so this is per page, never shared between requests.
const holder = cache((): { current?: Locale } => ({}));

/** Called by the locale layout, which renders before anything below it (its not-found boundary included). */
export function setLayoutLocale(locale: Locale): void {
  holder().current = locale;
}

/** The language the locale layout rendered in, or undefined if it has not rendered in this render. */
export function getLayoutLocale(): Locale | undefined {
  return holder().current;
}
