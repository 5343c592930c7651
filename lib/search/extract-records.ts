import type { SearchSection } from '@/lib/mdx/mdx-structure';
import { truncateText } from './mdx-text';

/** One article as the build reads it: front matter fields plus the search sections the structure pass emitted. */
export interface ArticleInput {
  id: string;
  locale: string;
  /** Path without anchor, e.g. `/en/billing/refunds-and-cancellations`. */
  url: string;
  title: string;
  description: string;
  category: string;
  categoryTitle: string;
  keywords: string[];
  tags: string[];
  /** Introduction, `##`/`###` sections and FAQ entries, in order (from the compiled body's structure). */
  sections: readonly SearchSection[];
}

export type RecordKind = 'article' | 'section' | 'faq';

/** A searchable unit: the article itself, one h2/h3 section, or one FAQ question. */
export interface SearchRecord {
  articleId: string;
  locale: string;
  kind: RecordKind;
  /** Article URL, with `#anchor` for sections and FAQ entries. */
  url: string;
  anchor: string | null;
  title: string;
  heading: string | null;
  category: string;
  categoryTitle: string;
  /** Short plain text shown under the result. */
  snippet: string;
  /** FAQ entries: the start of the answer (up to about 600 columns), shown inline when the entry answers the query. */
  answer?: string;
  /** Plain text per field, for the indexer; weights differ per field. */
  fields: { title: string; heading: string; keywords: string; description: string; body: string };
}

/** Columns of an FAQ answer kept for the inline answer (most answers are one paragraph this long or shorter). */
const ANSWER_WIDTH = 600;

/**
 * Turns one article into search records: the article itself (title, description, keywords, tags
 * and the introduction), each `##`/`###` section (anchor = the heading id shared by every language)
 * and each FAQ `<Question id="faq-…">` (anchor = its id). FAQ answers belong to their question
 * only, not to the surrounding section.
 */
export function extractRecords(article: ArticleInput): SearchRecord[] {
  const sections = article.sections.some((s) => s.kind === 'article')
    ? article.sections
    : [{ kind: 'article' as const, anchor: null, heading: null, text: '', prose: '' }, ...article.sections];
  return sections.map((section) => {
    const isArticle = section.kind === 'article';
    return {
      articleId: article.id,
      locale: article.locale,
      kind: section.kind,
      url: section.anchor ? `${article.url}#${section.anchor}` : article.url,
      anchor: section.anchor,
      title: article.title,
      heading: section.heading,
      category: article.category,
      categoryTitle: article.categoryTitle,
      snippet: truncateText(isArticle ? article.description : section.prose),
      ...(section.kind === 'faq' ? { answer: truncateText(section.prose, ANSWER_WIDTH) } : {}),
      fields: {
        title: isArticle ? article.title : '',
        heading: section.heading ?? '',
        keywords: isArticle ? [...article.keywords, ...article.tags].join(' ; ') : '',
        description: isArticle ? `${article.description} ${article.categoryTitle}` : '',
        body: section.text,
      },
    };
  });
}
