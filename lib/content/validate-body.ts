import { analyzeMdx, MdxSyntaxError } from '@/lib/mdx/analyze-mdx';
import type { MdxAnalysis } from '@/lib/mdx/mdx-structure';
import { ContentError } from './content-error';

/** What checking one body yields: its structure (null when it does not parse) and its problems. */
export interface CheckedBody {
  analysis: MdxAnalysis | null;
  problems: ContentError[];
}

/**
 * Parses an MDX body with the compiler's parser and the structure pass, and reports every problem
 * the site would trip on (syntax errors, import/export, unknown components, h1 headings, FAQ ids)
 * with the line and column in the source file.
 * @param bodyLine line of the file on which the body starts (after front matter)
 */
export function validateBody(file: string, body: string, bodyLine = 1): CheckedBody {
  // `npm run dev` re-checks the whole folder on every save; only the edited body is parsed again.
  const key = `${file}\u0000${bodyLine}\u0000${body}`;
  const known = recent.get(file);
  if (known?.key === key) return known.checked;
  const checked = checkBody(file, body, bodyLine);
  recent.set(file, { key, checked });
  return checked;
}

const recent = new Map<string, { key: string; checked: CheckedBody }>();

function checkBody(file: string, body: string, bodyLine: number): CheckedBody {
  const at = (point: { line?: number; column?: number }) => (point.line ? { line: point.line + bodyLine - 1, column: point.column } : {});
  let analysis: MdxAnalysis;
  try {
    analysis = analyzeMdx(body);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    // The parser's own "(4:1-4:8)" ranges count from the body; shift them to the file's lines.
    const reason = error.message.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1: string, c1: string, l2: string, c2: string) => `(line ${Number(l1) + bodyLine - 1}:${c1}-${Number(l2) + bodyLine - 1}:${c2})`);
    const hint = 'close every tag you open, leave a blank line around tags that hold Markdown, and write a literal < or { as \\< or \\{';
    return { analysis: null, problems: [new ContentError(file, 'body', `MDX syntax error: ${reason}; ${hint}`, at(error.point))] };
  }
  const problems = analysis.issues.map((issue) => new ContentError(file, issue.where, issue.message, at(issue)));
  return { analysis: { ...analysis, links: analysis.links.map((link) => ({ ...link, ...at(link) })) }, problems };
}
