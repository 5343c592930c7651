import { parse } from 'yaml';

export interface SplitFile {
  /** Parsed YAML, or undefined when the file has no front matter. */
  data: unknown;
  body: string;
  /** Line on which the body starts (1-based), for messages. */
  bodyLine: number;
}

/** Raised when the front matter block is missing or is not valid YAML. */
export class FrontMatterSyntaxError extends Error {
  override name = 'FrontMatterSyntaxError';
}

/**
 * Splits an MDX source into its YAML front matter and body.
 * @throws FrontMatterSyntaxError with the YAML parser's message and line.
 */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    throw new FrontMatterSyntaxError('expected the file to start with a front matter block between two "---" lines');
  }
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { uniqueKeys: true });
  } catch (error) {
    throw new FrontMatterSyntaxError(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const bodyLine = match[0].split('\n').length;
  return { data: data ?? {}, body: text.slice(match[0].length), bodyLine };
}
