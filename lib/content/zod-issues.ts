import type { z } from 'zod';
import { ContentError } from './content-error';

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Turns zod issues into one ContentError per field, with the field's expectation. */
export function issuesToErrors(file: string, issues: z.core.$ZodIssue[], input: unknown, allowed: string[] = []): ContentError[] {
  const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const hint = allowed.length > 0 ? `; allowed fields are ${allowed.join(', ')}` : '';
      return issue.keys.map((key) => new ContentError(file, formatPath([...issue.path, key]), `unknown field${hint}`));
    }
    const field = formatPath(issue.path);
    const top = issue.path[0];
    const missing = issue.path.length === 1 && typeof top === 'string' && given[top] === undefined;
    return [new ContentError(file, field, missing ? `required field is missing (${issue.message})` : issue.message)];
  });
}
