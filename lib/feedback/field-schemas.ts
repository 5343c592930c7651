import { z } from 'zod';
import { cleanLine, cleanText, countCharacters, countCodePoints } from './clean-text';
import { describeTypeError } from './field-errors';

/** Article ids are stable slugs such as `reset-password`. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** BCP 47 style tags as used by the content folders: `en`, `zh-Hant`, `pt-BR`. */
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/;
/**
 * Heading and FAQ anchors come from github-slugger, which keeps letters of every script
 * (a Chinese heading gives a Chinese anchor), digits, `-` and `_`.
 */
const ANCHOR = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;
export const ANCHOR_MAX_CHARACTERS = 100;

/** The id of an article, checked against the manifest later by the route. */
export const articleIdField = z
  .string({ error: describeTypeError('articleId', 'a string') })
  .regex(ARTICLE_ID, 'articleId must be an article id such as "reset-password".');

/** A locale tag; whether the site has it is checked later by the route. */
export const localeField = z
  .string({ error: describeTypeError('locale', 'a string') })
  .regex(LOCALE, 'locale must be a language tag such as "en" or "zh-Hant".');

/** An optional FAQ entry or heading anchor; an empty string means the whole article. */
export const anchorField = z
  .string({ error: describeTypeError('anchor', 'a string') })
  .overwrite((value) => value.normalize('NFC').trim().replace(/^#/, ''))
  .refine((value) => countCharacters(value) <= ANCHOR_MAX_CHARACTERS, {
    error: `anchor must be at most ${ANCHOR_MAX_CHARACTERS} characters.`,
  })
  .refine((value) => value === '' || ANCHOR.test(value), {
    error: 'anchor must be a heading or FAQ anchor such as "faq-2fa", without spaces.',
  })
  .nullish();

/** Code points allowed per user-perceived character: room for emoji sequences, not for floods of combining marks. */
const CODE_POINTS_PER_CHARACTER = 4;

/**
 * Optional free text, cleaned (see `cleanText`) before its user-perceived characters are
 * counted: at most `maxCharacters` of them, and at most 4 × `maxCharacters` code points, so
 * a "character" stacked with combining marks cannot carry kilobytes. Empty text is treated
 * like a missing value.
 */
export function freeTextField(field: string, maxCharacters: number, options: { singleLine: boolean }) {
  const clean = options.singleLine ? cleanLine : cleanText;
  const maxCodePoints = maxCharacters * CODE_POINTS_PER_CHARACTER;
  const format = (count: number) => count.toLocaleString('en');
  return z
    .string({ error: describeTypeError(field, 'a string') })
    .overwrite(clean)
    .superRefine((value, ctx) => {
      const length = countCharacters(value);
      if (length > maxCharacters) {
        ctx.addIssue({ code: 'custom', message: `${field} must be at most ${format(maxCharacters)} characters (it has ${format(length)}).` });
        return;
      }
      const codePoints = countCodePoints(value);
      if (codePoints > maxCodePoints) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} must be at most ${format(maxCodePoints)} code points (it has ${format(codePoints)}; remove stacked accents or symbols).`,
        });
      }
    });
}

/** Turns `null` and `''` into `undefined` so stored rows have one way to say "none". */
export function emptyToUndefined<T>(value: T | null | undefined | ''): T | undefined {
  return value === null || value === '' ? undefined : value;
}
