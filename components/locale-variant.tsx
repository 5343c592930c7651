'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export interface LocaleVariantProps {
  /** The same content rendered on the server for each locale. */
  variants: Record<string, ReactNode>;
  fallbackLocale: string;
}

/**
 * Shows the variant for the page's locale. Not-found pages receive no params, and reading the
 * request would make every page of the segment dynamic; the pathname is known while the page
 * renders on the server, so the right language is in the HTML without script.
 */
export function LocaleVariant({ variants, fallbackLocale }: LocaleVariantProps) {
  const first = usePathname()?.split('/')[1] ?? '';
  // In the browser the document's language is the one the server chose, also when proxy.ts
  // answered an unknown path with another path's 404 page.
  const locale = typeof document === 'undefined' ? first : document.documentElement.lang;
  return variants[locale] ?? variants[fallbackLocale] ?? null;
}
