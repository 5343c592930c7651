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

/** Opens the FAQ entry the URL hash points at (now and on hash change) and every entry for printing; returns the cleanup. */
export function watchFaqHash(): () => void {
  openTarget();
  window.addEventListener('hashchange', openTarget);
  window.addEventListener('beforeprint', openAllForPrint);
  return () => {
    window.removeEventListener('hashchange', openTarget);
    window.removeEventListener('beforeprint', openAllForPrint);
  };
}
