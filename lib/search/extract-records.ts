import GithubSlugger from 'github-slugger';
import { convertHeadingToText, convertMdxToText, readAttribute, truncateText } from './mdx-text';

/** One article as the build reads it (front matter fields plus raw MDX body). */
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
  /** Raw MDX without front matter. */
  body: string;
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
  /** Plain text per field, for the indexer; weights differ per field. */
  fields: { title: string; heading: string; keywords: string; description: string; body: string };
}

interface RawBlock {
  kind: RecordKind;
  anchor: string | null;
  heading: string | null;
  lines: string[];
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

function splitBlocks(body: string): RawBlock[] {
  const slugger = new GithubSlugger();
  const intro: RawBlock = { kind: 'article', anchor: null, heading: null, lines: [] };
  const blocks: RawBlock[] = [intro];
  let current = intro;
  let faq: RawBlock | null = null;
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(line);
    const question = inFence ? null : /<Question\b(?:[^"'>]|"[^"]*"|'[^']*')*>/.exec(line);
    if (heading) {
      const text = convertHeadingToText(heading[2] ?? '');
      const anchor = slugger.slug(text); // every heading level advances the slugger, as in rehype-slug
      if (!faq && (heading[1] ?? '').length <= 3) {
        current = { kind: 'section', anchor, heading: text, lines: [] };
        blocks.push(current);
        continue;
      }
    } else if (question) {
      const id = readAttribute(question[0], 'id');
      faq = { kind: 'faq', anchor: id ?? null, heading: readAttribute(question[0], 'title') ?? null, lines: [] };
      if (id) blocks.push(faq);
      faq.lines.push(line.slice(question.index + question[0].length));
    }
    const target = faq ?? current;
    if (!question) target.lines.push(faq && line.includes('</Question>') ? line.replace(/<\/Question>.*/, '') : line);
    if (faq && line.includes('</Question>')) faq = null;
  }
  return blocks;
}

/**
 * Splits one article into search records: the article itself (title,
 * description, keywords, tags and the introduction), each `##`/`###` section
 * (anchor = github-slugger slug of the heading text, as rehype-slug makes it)
 * and each FAQ `<Question id="faq-…">` (anchor = its id). FAQ answers belong to
 * their question only, not to the surrounding section.
 */
export function extractRecords(article: ArticleInput): SearchRecord[] {
  return splitBlocks(article.body).map((block) => {
    const markdown = block.lines.join('\n');
    const body = convertMdxToText(markdown, true);
    const isArticle = block.kind === 'article';
    const prose = isArticle ? article.description : convertMdxToText(markdown);
    return {
      articleId: article.id,
      locale: article.locale,
      kind: block.kind,
      url: block.anchor ? `${article.url}#${block.anchor}` : article.url,
      anchor: block.anchor,
      title: article.title,
      heading: block.heading,
      category: article.category,
      categoryTitle: article.categoryTitle,
      snippet: truncateText(prose),
      fields: {
        title: isArticle ? article.title : '',
        heading: block.heading ?? '',
        keywords: isArticle ? [...article.keywords, ...article.tags].join(' ; ') : '',
        description: isArticle ? `${article.description} ${article.categoryTitle}` : '',
        body,
      },
    };
  });
}
