/** What replaces each kind of personal data in stored comments and queries. */
export const SCRUB_PLACEHOLDERS = { email: '[email]', phone: '[phone]', number: '[number]' } as const;

/** An ASCII or full-width digit (Chinese input methods often type the latter). */
const D = '[0-9\\uFF10-\\uFF19]';
/** One separator inside a number: space, no-break space, ideographic space or dash. */
const S = '[ \\u00A0\\u3000\\-\\u2010\\u2011\\u2012\\u2013]';
const YEAR_FIRST_DATE = `${D}{4}[-/.]${D}{1,2}[-/.]${D}{1,2}(?!${D})`;

/**
 * One pass over the text, leftmost match first. Dates are matched (and kept) before the
 * number patterns can see them, so "2026-11-23" and "2026-11-23 2026-12-01" survive.
 * Emails come before phones so "13812345678@qq.com" is one email.
 */
const PATTERN = new RegExp(
  [
    `(?<date>(?<!${D})(?:${YEAR_FIRST_DATE}|${D}{1,2}[-/.]${D}{1,2}[-/.]${D}{4}(?!${D})))`,
    `(?<email>[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})`,
    // +44 20 7946 0958, +1 (555) 123-4567, +86 138-1234-5678
    `(?<intl>(?<![\\w+])\\+${D}{1,3}(?:${S}?\\(?${D}{1,5}\\)?){1,6}(?!${D}))`,
    // (555) 123-4567, (020) 7946 0958
    `(?<paren>(?<!${D})\\(${D}{2,5}\\)${S}?${D}{3,4}${S}?${D}{3,5}(?!${D}))`,
    // Chinese mobile: 138 1234 5678, 138-1234-5678, 13812345678
    `(?<mobile>(?<!${D})1[3-9]${D}(?:${S}?${D}{4}){2}(?!${D}))`,
    // 555-123-4567, 020 7946 0958
    `(?<national>(?<!${D})(?:${D}{3}${S}${D}{3}${S}${D}{4}|0${D}{1,4}${S}${D}{3,4}${S}?${D}{3,4})(?!${D}))`,
    // card and account numbers: 4111 1111 1111 1111, 12345678, 1234-5678-90
    `(?<number>(?<!${D})${D}+(?:${S}(?!${YEAR_FIRST_DATE})${D}+)*(?!${D}))`,
  ].join('|'),
  'gu',
);

const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15; // E.164
const MIN_NUMBER_DIGITS = 8;
const YEAR = /^(?:19|20)\d\d$/;

function countDigits(text: string): number {
  return text.normalize('NFKC').replace(/\D/g, '').length;
}

/** "2024-2025" or "2024 2025" is a span of years, not an account number. */
function isYearSpan(text: string): boolean {
  const groups = text.normalize('NFKC').split(/[^0-9]+/);
  return groups.length === 2 && groups.every((group) => YEAR.test(group));
}

function replaceMatch(match: string, groups: Record<string, string | undefined>): string {
  if (groups.date !== undefined) return match;
  if (groups.email !== undefined) return SCRUB_PLACEHOLDERS.email;
  const digits = countDigits(match);
  if (groups.number !== undefined) {
    return digits >= MIN_NUMBER_DIGITS && !isYearSpan(match) ? SCRUB_PLACEHOLDERS.number : match;
  }
  if (digits > MAX_PHONE_DIGITS) return SCRUB_PLACEHOLDERS.number;
  return digits >= MIN_PHONE_DIGITS ? SCRUB_PLACEHOLDERS.phone : match;
}

/**
 * Replaces what looks like an email address, a phone number (international, national,
 * Chinese mobile) or a run of 8 or more digits (card and account numbers, grouped with
 * spaces or dashes or not) by `[email]`, `[phone]` or `[number]`. Ordinary text survives:
 * "iPhone 15", "2FA", dates such as 2026-11-23, versions such as 4.2.1, and Chinese text.
 */
export function scrubPersonalData(text: string): string {
  return text.replace(PATTERN, (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1);
    return replaceMatch(match, groups as Record<string, string | undefined>);
  });
}
