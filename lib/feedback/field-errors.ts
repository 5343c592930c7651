import type { z } from 'zod';

/** Field name used for problems with the body as a whole (not an object, for example). */
export const BODY_FIELD = 'body';

/** One human message per field, keyed by the field's dotted path (`opened.articleId`). */
export type FieldErrors = Record<string, string>;

/**
 * Turns zod issues into one message per field: the first issue of a field wins, because a
 * visitor fixes one thing at a time. Unknown fields each get their own entry.
 */
export function collectFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  // defineProperty, not assignment: `fields.__proto__ = …` would set the prototype and
  // leave the field unnamed in the answer.
  const add = (field: string, message: string): void => {
    if (!Object.hasOwn(fields, field)) Object.defineProperty(fields, field, { value: message, enumerable: true, writable: true, configurable: true });
  };
  for (const issue of issues) {
    const parent = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = parent ? `${parent}.${key}` : key;
        add(field, `${field} is not a known field; remove it.`);
      }
      continue;
    }
    add(parent || BODY_FIELD, issue.message);
  }
  return fields;
}

/** Message for a missing or wrongly typed value, used as a zod `error` callback. */
export function describeTypeError(field: string, expected: string) {
  return (issue: { input?: unknown }): string =>
    issue.input === undefined ? `${field} is required.` : `${field} must be ${expected}.`;
}
