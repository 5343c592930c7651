import { isSupportedLocale, type Locale, SUPPORTED_LOCALES } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { readCookie } from './session';

/** Cookie that keeps the dashboard language chosen with the switcher. */
export const ADMIN_LANGUAGE_COOKIE = 'resolve_admin_lang';

/** The dashboard's language: the switcher's choice, else Accept-Language, else English. */
export function pickAdminLocale(headers: Headers): Locale {
  const chosen = readCookie(headers.get('cookie'), ADMIN_LANGUAGE_COOKIE);
  if (chosen && isSupportedLocale(chosen)) return chosen;
  const negotiated = negotiateLocale(headers.get('accept-language'), SUPPORTED_LOCALES, 'en');
  return isSupportedLocale(negotiated) ? negotiated : 'en';
}
