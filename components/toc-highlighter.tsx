'use client';

import { useEffect } from 'react';

/** Where the contents are shown beside the text (Tailwind's `lg`, see components/article-view.tsx). */
const DESKTOP = '(min-width: 64rem)';

/**
 * Marks the contents link of the section being read. The contents beside the text show only on
 * desktop, so the code (components/toc-highlight-watch.ts) is a chunk of its own, fetched once
 * the window is that wide; a phone never loads it. Renders nothing.
 */
export function TocHighlighter() {
  useEffect(() => {
    const media = window.matchMedia(DESKTOP);
    let stop: (() => void) | undefined;
    let active = true;
    const start = () => {
      if (!media.matches) return;
      media.removeEventListener('change', start);
      void import('./toc-highlight-watch').then((module) => {
        if (active) stop = module.watchTocHighlight();
      });
    };
    media.addEventListener('change', start);
    start();
    return () => {
      active = false;
      media.removeEventListener('change', start);
      stop?.();
    };
  }, []);
  return null;
}
