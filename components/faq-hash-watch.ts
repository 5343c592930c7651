'use client';

import { useEffect } from 'react';

function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (target instanceof HTMLDetailsElement) {
    target.open = true;
    target.scrollIntoView({ block: 'start' });
    target.querySelector('summary')?.focus({ preventScroll: true });
  }
}

function openAllForPrint() {
  document.querySelectorAll('details').forEach((details) => {
    if (details.closest('header')) return;
    details.open = true;
  });
}

/** Opens the FAQ entry a URL hash points at (on load and on hash change) and every entry for printing. */
export function FaqHashOpener() {
  useEffect(() => {
    openTarget();
    window.addEventListener('hashchange', openTarget);
    window.addEventListener('beforeprint', openAllForPrint);
    return () => {
      window.removeEventListener('hashchange', openTarget);
      window.removeEventListener('beforeprint', openAllForPrint);
    };
  }, []);
  return null;
}
