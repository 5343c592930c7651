import { z } from 'zod';
import { collectFieldErrors, describeTypeError, type FieldErrors } from './field-errors';
import { anchorField, articleIdField, emptyToUndefined, freeTextField, localeField } from './field-schemas';
import { VOTE_REASONS, VOTE_SOURCES, type VoteReason, type VoteSource } from './vote-options';

export const COMMENT_MAX_CHARACTERS = 1000;
export const QUERY_MAX_CHARACTERS = 200;
/** Name of the hidden form field that people leave empty and naive bots fill in. */
export const HONEYPOT_FIELD = 'website';

/** A validated vote, ready for `recordVote`. Optional text is cleaned and never empty. */
export interface Vote {
  articleId: string;
  locale: string;
  resolved: boolean;
  reason?: VoteReason;
  comment?: string;
  query?: string;
  source?: VoteSource;
  /** FAQ entry or heading the vote is about; absent for the whole article. */
  anchor?: string;
}

const voteBodySchema = z
  .strictObject(
    {
      articleId: articleIdField,
      locale: localeField,
      resolved: z.boolean({ error: describeTypeError('resolved', 'true or false') }),
      reason: z.enum(VOTE_REASONS, { error: `reason must be one of ${VOTE_REASONS.join(', ')}.` }).nullish(),
      comment: freeTextField('comment', COMMENT_MAX_CHARACTERS, { singleLine: false }).nullish(),
      query: freeTextField('query', QUERY_MAX_CHARACTERS, { singleLine: true }).nullish(),
      source: z.enum(VOTE_SOURCES, { error: `source must be one of ${VOTE_SOURCES.join(', ')}.` }).nullish(),
      anchor: anchorField,
      [HONEYPOT_FIELD]: z
        .union([z.literal(''), z.null()], { error: `${HONEYPOT_FIELD} must be left empty.` })
        .optional(),
    },
    { error: 'The body must be a JSON object.' },
  )
  .superRefine((body, ctx) => {
    if (body.resolved && body.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'reason is only given when resolved is false.' });
    }
  });

/** Result of {@link parseVote}: the vote, or one human message per invalid field. */
export type ParseVoteResult = { ok: true; vote: Vote } | { ok: false; fields: FieldErrors };

/**
 * Validates a parsed `POST /api/feedback` body against the feedback API contract.
 * Unknown fields are refused; a filled honeypot is reported under `fields.website`, so the
 * caller can tell bots apart. Comment and query are cleaned but not yet scrubbed of personal
 * data: `recordVote` does that right before storing.
 */
export function parseVote(json: unknown): ParseVoteResult {
  const parsed = voteBodySchema.safeParse(json);
  if (!parsed.success) return { ok: false, fields: collectFieldErrors(parsed.error.issues) };
  const body = parsed.data;
  const vote: Vote = { articleId: body.articleId, locale: body.locale, resolved: body.resolved };
  const reason = emptyToUndefined(body.reason);
  const comment = emptyToUndefined(body.comment);
  const query = emptyToUndefined(body.query);
  const source = emptyToUndefined(body.source);
  const anchor = emptyToUndefined(body.anchor);
  if (reason) vote.reason = reason;
  if (comment) vote.comment = comment;
  if (query) vote.query = query;
  if (source) vote.source = source;
  if (anchor) vote.anchor = anchor;
  return { ok: true, vote };
}
