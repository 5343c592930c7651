'use client';

import { useEffect } from 'react';

/**
 * Opens the FAQ entry a URL hash points at (on load and on hash change) and every entry for
 * printing. Only FAQ articles render this, so the code is a chunk of its own
 * (components/faq-hash-watch.ts), fetched after hydration.
 */
export function FaqHashOpener() {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let mounted = true;
    void import('./faq-hash-watch').then((module) => {
      if (mounted) stop = module.watchFaqHash();
    });
    return () => {
      mounted = false;
      stop?.();
    };
  }, []);
  return null;
}
