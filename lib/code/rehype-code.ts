import rehypeShiki, { type RehypeShikiOptions } from '@shikijs/rehype';
import type { ShikiTransformer } from 'shiki';

/** Languages the help center's code blocks use; anything else is shown as plain text. */
const LANGUAGES = ['bash', 'shell', 'json', 'yaml', 'javascript', 'typescript', 'python', 'http', 'html', 'css', 'sql'] as const;

/**
 * Wraps each highlighted block in `<div data-code-block>` so the page can add a copy button
 * beside it (components/code-copy-buttons.tsx) without touching the code's own markup.
 */
const wrapForCopyButton: ShikiTransformer = {
  name: 'resolve:code-block-wrapper',
  root(hast) {
    return { type: 'root', children: [{ type: 'element', tagName: 'div', properties: { className: ['code-block'], dataCodeBlock: '' }, children: hast.children as never }] };
  },
};

const options: RehypeShikiOptions = {
  // Both themes are written as CSS variables; app/globals.css picks one from the .dark class.
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  langs: [...LANGUAGES],
  fallbackLanguage: 'text',
  addLanguageClass: true,
  transformers: [wrapForCopyButton],
};

/**
 * Build-time syntax highlighting for MDX code blocks (Shiki through its rehype integration):
 * the colours are in the HTML, so visitors download no highlighter.
 */
export const rehypeCode: [typeof rehypeShiki, RehypeShikiOptions] = [rehypeShiki, options];
