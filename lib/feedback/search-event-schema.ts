import { z } from 'zod';
import { collectFieldErrors, describeTypeError, type FieldErrors } from './field-errors';
import { anchorField, articleIdField, emptyToUndefined, freeTextField, localeField } from './field-schemas';
import { QUERY_MAX_CHARACTERS } from './vote-schema';

/** Client-generated id (a UUID fits) that lets the "opened" report update the same event. */
const SEARCH_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_RESULT_COUNT = 100_000;

/** A validated settled search, ready for `recordSearchEvent`. */
export interface SearchEvent {
  searchId: string;
  locale: string;
  query: string;
  resultCount: number;
  /** The result the visitor opened, reported later under the same `searchId`. */
  opened?: { articleId: string; anchor?: string };
}

const openedSchema = z.strictObject(
  { articleId: articleIdField, anchor: anchorField },
  { error: 'opened must be an object such as { "articleId": "reset-password" }.' },
);

const searchEventSchema = z.strictObject(
  {
    searchId: z
      .string({ error: describeTypeError('searchId', 'a string') })
      .regex(SEARCH_ID, 'searchId must be 8 to 64 letters, digits, "-" or "_", such as a UUID.'),
    locale: localeField,
    query: freeTextField('query', QUERY_MAX_CHARACTERS, { singleLine: true }).refine((query) => query !== '', {
      error: 'query must not be empty.',
    }),
    resultCount: z
      .number({ error: describeTypeError('resultCount', 'a number') })
      .int('resultCount must be a whole number.')
      .min(0, 'resultCount must not be negative.')
      .max(MAX_RESULT_COUNT, `resultCount must be at most ${MAX_RESULT_COUNT}.`),
    opened: openedSchema.nullish(),
  },
  { error: 'The body must be a JSON object.' },
);

/** Result of {@link parseSearchEvent}: the event, or one human message per invalid field. */
export type ParseSearchEventResult = { ok: true; event: SearchEvent } | { ok: false; fields: FieldErrors };

/**
 * Validates a search event body. Unknown fields are refused; the query is cleaned but not
 * yet scrubbed of personal data: `recordSearchEvent` does that right before storing.
 */
export function parseSearchEvent(json: unknown): ParseSearchEventResult {
  const parsed = searchEventSchema.safeParse(json);
  if (!parsed.success) return { ok: false, fields: collectFieldErrors(parsed.error.issues) };
  const { searchId, locale, query, resultCount, opened } = parsed.data;
  const event: SearchEvent = { searchId, locale, query, resultCount };
  if (opened) {
    const anchor = emptyToUndefined(opened.anchor);
    event.opened = anchor ? { articleId: opened.articleId, anchor } : { articleId: opened.articleId };
  }
  return { ok: true, event };
}
