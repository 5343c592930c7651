import type { ArticleMeta, FaqAnswer } from './types';

/**
 * schema.org FAQPage data for an article with FAQ entries, or undefined when it has none.
 * @param faqs the entries the structure pass emitted beside the compiled body
 */
export function buildFaqPageJsonLd(meta: Pick<ArticleMeta, 'locale'>, faqs: readonly FaqAnswer[], url: string): Record<string, unknown> | undefined {
  if (faqs.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: meta.locale,
    url,
    mainEntity: faqs.map((entry) => ({
      '@type': 'Question',
      name: entry.title,
      url: `${url}#${entry.id}`,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}
