// A JSX tag with quoted attribute values that may contain ">" ("Settings > Billing").
const JSX_TAG = /<\/?[A-Za-z][\w.]*(?:\s+(?:[^"'>]|"[^"]*"|'[^']*')*)?\/?>/g;
const TEXT_ATTRIBUTE = /\b(title|caption)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Reads one attribute (`id="faq-x"`) from a JSX opening tag. */
export function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
}

function stripBlock(line: string): string {
  return line
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, '')
    .replace(/\s*\|\s*/g, ' ');
}

/**
 * Turns an MDX fragment into plain text: JSX tags are removed (or, with
 * `keepTagText`, replaced by their visible `title` and `caption` values),
 * markdown syntax is stripped and whitespace collapsed. Fenced code keeps its
 * text without the fences.
 */
export function convertMdxToText(mdx: string, keepTagText = false): string {
  const withoutTags = mdx.replace(JSX_TAG, (tag) => {
    if (!keepTagText) return ' ';
    const texts = [...tag.matchAll(TEXT_ATTRIBUTE)].map((m) => m[2] ?? m[3] ?? '');
    return texts.length > 0 ? `\n${texts.join('\n')}\n` : ' ';
  });
  return withoutTags
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) => stripInline(stripBlock(line)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text of a heading as rehype-slug sees it (markdown syntax removed). */
export function convertHeadingToText(heading: string): string {
  return stripInline(heading).replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

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
