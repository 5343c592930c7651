import GithubSlugger from 'github-slugger';
import type { FaqEntry, Heading } from './types';

/** Removes fenced code blocks so that `## ` inside code is not taken for a heading. */
function stripCodeFences(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Plain text of a heading line, the way rehype-slug sees it after markdown is rendered. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `##` and `###` headings of an MDX body with the anchors rehype-slug will give them. */
export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const match of stripCodeFences(body).matchAll(/^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm)) {
    const level = match[1]?.length ?? 0;
    const text = headingText(match[2] ?? '');
    const slug = slugger.slug(text);
    if (level === 2 || level === 3) headings.push({ depth: level, text, slug });
  }
  return headings;
}

/** Levels of every markdown heading, including ones the outline leaves out (for validation). */
export function headingLevels(body: string): number[] {
  return [...stripCodeFences(body).matchAll(/^(#{1,6})[ \t]+\S/gm)].map((m) => m[1]?.length ?? 0);
}

const questionTag = /<Question\b([^>]*)>/g;

function readAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The `<Question id title>` entries of an MDX body, in order. Entries without id or title are skipped here and reported by validation. */
export function extractFaqs(body: string): Array<Partial<FaqEntry>> {
  return [...stripCodeFences(body).matchAll(questionTag)].map((match) => ({
    id: readAttribute(match[1] ?? '', 'id'),
    title: readAttribute(match[1] ?? '', 'title'),
  }));
}

/** Absolute site-internal link targets (`](/en/…)`) in an MDX body, without their #fragment. */
export function extractInternalLinks(body: string): string[] {
  return [...stripCodeFences(body).matchAll(/\]\((\/[^)\s#?]*)[^)]*\)/g)].map((m) => m[1] ?? '');
}
