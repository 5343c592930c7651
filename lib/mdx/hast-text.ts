import type { SourcePoint } from './mdx-structure';

/** The hast shape the structure walk reads: elements, text, and the MDX nodes remark-rehype passes through. */
export interface WalkNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: WalkNode[];
  position?: { start: SourcePoint };
}

/** Elements after which words must not run together in extracted text. */
export const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'pre', 'blockquote', 'table', 'tr', 'td', 'th', 'br', 'hr', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption']);

export const isJsx = (node: WalkNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A string attribute of an MDX component (`title="…"` or `title='…'`, entities decoded by the parser). */
export function readJsxAttribute(node: WalkNode, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** Visible text of a subtree; with `withTitles`, components' `title` and `caption` attributes count as text. */
export function textOf(node: WalkNode, withTitles = false): string {
  const parts: string[] = [];
  const walk = (current: WalkNode) => {
    if (current.type === 'text' && typeof current.value === 'string') parts.push(current.value);
    else if (current.type === 'mdxjsEsm' || current.type === 'mdxFlowExpression' || current.type === 'mdxTextExpression' || current.type === 'comment') return;
    const block = (current.type === 'element' && BLOCKS.has(current.tagName ?? '')) || current.type === 'mdxJsxFlowElement';
    if (block) parts.push(' ');
    if (withTitles && isJsx(current)) {
      for (const name of ['title', 'caption']) {
        const value = readJsxAttribute(current, name);
        if (value) parts.push(` ${value} `);
      }
    }
    current.children?.forEach(walk);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

