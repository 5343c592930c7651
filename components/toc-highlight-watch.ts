/**
 * Marks the contents link of the section being read (`aria-current="true"`): the last heading
 * that has passed under the sticky header, on scroll and resize; returns the cleanup.
 */
export function watchTocHighlight(): () => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const targets = links.flatMap((link) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (targets.length === 0) return () => undefined;
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = 96;
    let current = targets[0];
    for (const entry of targets) {
      if (entry.target.getBoundingClientRect().top <= line) current = entry;
      else break;
    }
    // At the very bottom the last sections can never reach the line: mark the last one.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) current = targets[targets.length - 1];
    for (const entry of targets) {
      if (entry === current) entry.link.setAttribute('aria-current', 'true');
      else entry.link.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  update();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  return () => {
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    cancelAnimationFrame(frame);
  };
}
