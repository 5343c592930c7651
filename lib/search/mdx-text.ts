const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Cuts text to about `maxWidth` columns (a CJK character counts as two), at a
 * word boundary for Latin text, adding an ellipsis when it cut something.
 */
export function truncateText(text: string, maxWidth = 160): string {
  let width = 0;
  let end = 0;
  for (const ch of text) {
    width += WIDE.test(ch) ? 2 : 1;
    if (width > maxWidth) break;
    end += ch.length;
  }
  if (end >= text.length) return text;
  const cut = text.slice(0, end);
  const space = cut.lastIndexOf(' ');
  const base = space > end * 0.6 && !WIDE.test(text.charAt(end)) ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}
