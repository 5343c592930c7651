import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { analyzeHast, type MdxAnalysis, type SourcePoint, type WalkNode } from './mdx-structure';
import { PROVIDED_COMPONENTS } from './provided-components';

/** The node types MDX keeps through remark-rehype, as @mdx-js/mdx passes them. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** An MDX body that does not parse, with where the parser stopped. */
export class MdxSyntaxError extends Error {
  override name = 'MdxSyntaxError';

  constructor(
    message: string,
    readonly point: Partial<SourcePoint>,
  ) {
    super(message);
  }
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGfm)
  .use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] })
  .use(rehypeSlug);

/**
 * Parses an MDX body the way contentlayer2's compiler does (remark-mdx, remark-gfm, then
 * rehype-slug) and runs the same structure walk, without compiling. For `content:check` and
 * tests; the build takes the structure from the compiled output.
 * @throws MdxSyntaxError with the parser's reason, line and column (relative to `body`)
 */
export function analyzeMdx(body: string): MdxAnalysis {
  let tree;
  try {
    tree = processor.runSync(processor.parse(body));
  } catch (error) {
    const { reason, line, column, message } = error as { reason?: string; line?: number; column?: number; message: string };
    throw new MdxSyntaxError(reason ?? message, { ...(line ? { line } : {}), ...(column ? { column } : {}) });
  }
  return analyzeHast(tree as unknown as WalkNode, PROVIDED_COMPONENTS);
}
