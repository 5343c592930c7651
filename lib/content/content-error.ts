/**
 * One problem in the content folder, phrased for the content team: which file, which field,
 * and what was expected. The build prints every one of them and stops.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    /** Path relative to the content folder, e.g. `en/billing/refunds.mdx`. */
    readonly file: string,
    /** Front-matter field or other location, e.g. `related[1]`; empty when the whole file is wrong. */
    readonly field: string,
    readonly expected: string,
    /** Line and column in the file (1-based), for body problems and MDX syntax errors. */
    readonly point: { line?: number; column?: number } = {},
  ) {
    const at = point.line ? `:${point.line}${point.column ? `:${point.column}` : ''}` : '';
    super(`${file}${at}${field ? ` → ${field}` : ''}: ${expected}`);
  }

  get line(): number | undefined {
    return this.point.line;
  }

  get column(): number | undefined {
    return this.point.column;
  }
}

/** All problems found in one pass, so a writer can fix them together. */
export class ContentValidationError extends Error {
  override name = 'ContentValidationError';

  constructor(readonly problems: ContentError[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p.message}`).join('\n'),
    );
  }
}
