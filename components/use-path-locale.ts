'use client';

import { usePathname } from 'next/navigation';
import { isSupportedLocale, type Locale } from '@/lib/i18n/locales';

/** The language of the current path (its first segment), English when it names none: for screens rendered outside a locale's props. */
export function usePathLocale(): Locale {
  const first = usePathname()?.split('/')[1] ?? '';
  return isSupportedLocale(first) ? first : 'en';
}
