import type { ArticleMeta } from './types';

/** Markdown and MDX tags reduced to the plain text a search engine shows. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|`|~~)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each `<Question id title>…</Question>` of an MDX body with its answer as plain text. */
export function extractFaqAnswers(raw: string): Array<{ id: string; title: string; answer: string }> {
  const entries: Array<{ id: string; title: string; answer: string }> = [];
  for (const match of raw.matchAll(/<Question\b([^>]*)>([\s\S]*?)<\/Question>/g)) {
    const attributes = match[1] ?? '';
    const id = /\bid\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const title = /\btitle\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (id && title) entries.push({ id, title, answer: toPlainText(match[2] ?? '') });
  }
  return entries;
}

/** schema.org FAQPage data for an article with FAQ entries, or undefined when it has none. */
export function buildFaqPageJsonLd(meta: ArticleMeta, raw: string, url: string): Record<string, unknown> | undefined {
  const entries = extractFaqAnswers(raw);
  if (entries.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: meta.locale,
    url,
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.title,
      url: `${url}#${entry.id}`,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
