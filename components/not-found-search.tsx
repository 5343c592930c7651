'use client';

import { useEffect, useRef } from 'react';
import { searchWordsFromPath } from '@/lib/navigation/search-words-from-path';

export interface NotFoundSearchProps {
  locales: string[];
  placeholder: string;
  className: string;
}

/**
 * The 404 page's search field, prefilled with the words of the path that was not found. The
 * page is prerendered once per language for every bad path, so the words come after load.
 */
export function NotFoundSearch({ locales, placeholder, className }: NotFoundSearchProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current && !input.current.value) input.current.value = searchWordsFromPath(window.location.pathname, locales);
  }, [locales]);
  return <input ref={input} id="not-found-search" name="q" type="search" placeholder={placeholder} className={className} />;
}
