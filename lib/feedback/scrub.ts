import { isIP } from 'node:net';

/** What replaces each kind of personal data in stored comments and queries. */
export const SCRUB_PLACEHOLDERS = { email: '[email]', phone: '[phone]', number: '[number]', ip: '[ip]', id: '[id]' } as const;

/** A digit; the text is matched in its NFKC form, so full-width digits are ASCII by then. */
const D = '[0-9]';
/** One separator inside a number: space, no-break space, ideographic space or a dash. */
const S = '[ \\u00A0\\-\\u2010\\u2011\\u2012\\u2013]';
/** Separators people also put in card and phone numbers, but which versions and sums use too. */
const P = '[._/]';
const YEAR_FIRST_DATE = `${D}{4}[-/.]${D}{1,2}[-/.]${D}{1,2}(?!${D})`;
const NOT_AFTER_WORD = '(?<![A-Za-z0-9])';
const NOT_BEFORE_WORD = '(?![A-Za-z0-9])';

/**
 * One pass over the text, leftmost match first; at one position the first alternative wins.
 * Dates are matched (and kept) before the number patterns can see them, so "2026-11-23"
 * survives. Emails come before phones so "13812345678@qq.com" is one email; national IDs
 * come before phones and plain numbers so they get their own placeholder.
 */
const PATTERN = new RegExp(
  [
    `(?<date>(?<!${D})(?:${YEAR_FIRST_DATE}|${D}{1,2}[-/.]${D}{1,2}[-/.]${D}{4}(?!${D})))`,
    // john.doe@example.com, and a host without a dot: john@localhost
    `(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*)`,
    // 2001:db8::1, fe80::1ff:fe23:4567:890a (checked with isIP, so 12:30:45 stays)
    `(?<ipv6>(?<![\\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\\w:]))`,
    // 203.0.113.7 (checked with isIP)
    `(?<ipv4>(?<![\\d.])${D}{1,3}(?:\\.${D}{1,3}){3}(?![\\d.]))`,
    // China resident ID: 17 digits and a check digit or X
    `(?<cnId>(?<!${D})${D}{17}[0-9Xx]${NOT_BEFORE_WORD})`,
    // Hong Kong ID: A123456(7), AB987654(A)
    `(?<hkId>${NOT_AFTER_WORD}[A-Z]{1,2}${D}{6}(?:\\([0-9A]\\)|[0-9A])${NOT_BEFORE_WORD})`,
    // Taiwan ID: A123456789
    `(?<twId>${NOT_AFTER_WORD}[A-Z][12]${D}{8}${NOT_BEFORE_WORD})`,
    // US Social Security number: 123-45-6789
    `(?<ssn>(?<!${D})${D}{3}-${D}{2}-${D}{4}(?!${D}))`,
    // +44 20 7946 0958, +1 (555) 123-4567, +86 138-1234-5678, +1.555.123.4567
    `(?<intl>(?<![\\w+])\\+${D}{1,3}(?:(?:${S}|\\.)?\\(?${D}{1,5}\\)?){1,6}(?!${D}))`,
    // (555) 123-4567, (020) 7946 0958
    `(?<paren>(?<!${D})\\(${D}{2,5}\\)${S}?${D}{3,4}${S}?${D}{3,5}(?!${D}))`,
    // Chinese mobile: 138 1234 5678, 138-1234-5678, 13812345678
    `(?<mobile>(?<!${D})1[3-9]${D}(?:${S}?${D}{4}){2}(?!${D}))`,
    // 555.123.4567, 555_123_4567
    `(?<dotted>(?<![\\d.])${D}{3}([._])${D}{3}\\k<sep>${D}{4}(?![\\d.]))`.replace('([._])', '(?<sep>[._])'),
    // 555-123-4567, 020 7946 0958
    `(?<national>(?<!${D})(?:${D}{3}${S}${D}{3}${S}${D}{4}|0${D}{1,4}${S}${D}{3,4}${S}?${D}{3,4})(?!${D}))`,
    // cards grouped with dots, underscores or slashes: 4111.1111.1111.1111, 3782/822463/10005
    `(?<card>(?<![\\d.])(?:${D}{4}(?:${P}${D}{4}){2,3}|${D}{4}${P}${D}{6}${P}${D}{5})(?![\\d.]))`,
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
  return text.replace(/\D/g, '').length;
}

/** "2024-2025" or "2024 2025" is a span of years, not an account number. */
function isYearSpan(text: string): boolean {
  const groups = text.split(/[^0-9]+/);
  return groups.length === 2 && groups.every((group) => YEAR.test(group));
}

type Groups = Record<string, string | undefined>;

function replaceMatch(match: string, groups: Groups): string {
  if (groups.date !== undefined) return match;
  if (groups.email !== undefined) return SCRUB_PLACEHOLDERS.email;
  if (groups.ipv6 !== undefined) return isIP(match) === 6 ? SCRUB_PLACEHOLDERS.ip : match;
  if (groups.ipv4 !== undefined) return isIP(match) === 4 ? SCRUB_PLACEHOLDERS.ip : match;
  if (groups.cnId !== undefined || groups.hkId !== undefined || groups.twId !== undefined || groups.ssn !== undefined) {
    return SCRUB_PLACEHOLDERS.id;
  }
  if (groups.card !== undefined) return SCRUB_PLACEHOLDERS.number;
  const digits = countDigits(match);
  if (groups.number !== undefined) {
    return digits >= MIN_NUMBER_DIGITS && !isYearSpan(match) ? SCRUB_PLACEHOLDERS.number : match;
  }
  if (digits > MAX_PHONE_DIGITS) return SCRUB_PLACEHOLDERS.number;
  return digits >= MIN_PHONE_DIGITS ? SCRUB_PLACEHOLDERS.phone : match;
}

/**
 * The text with every character that NFKC folds to one character of the same UTF-16 length
 * folded (full-width Latin, digits and punctuation, the ideographic space), others kept: the
 * result has the same length, so a match in it is at the same offsets in the original.
 */
function toMatchingForm(text: string): string {
  let folded = '';
  for (const character of text) {
    const normalized = character.normalize('NFKC');
    folded += normalized.length === character.length ? normalized : character;
  }
  return folded;
}

/**
 * Replaces what looks like an email address (also full-width, also without a dot in the
 * host), an IPv4 or IPv6 address, a national ID (China, Hong Kong, Taiwan, US SSN), a phone
 * number (international, national, Chinese mobile, dotted) or a run of 8 or more digits
 * (card and account numbers, grouped with spaces, dashes, dots, underscores or slashes) by
 * `[email]`, `[ip]`, `[id]`, `[phone]` or `[number]`. Matching runs on the NFKC form of the
 * text, so full-width forms typed with a Chinese input method are caught; the text around a
 * match is kept as typed. Ordinary text survives: "iPhone 15", "2FA", dates such as
 * 2026-11-23, versions such as 4.2.1 and 10.0.19045.3803, and Chinese text.
 */
export function scrubPersonalData(text: string): string {
  const matching = toMatchingForm(text);
  let scrubbed = '';
  let last = 0;
  for (const match of matching.matchAll(PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const replacement = replaceMatch(match[0], match.groups ?? {});
    scrubbed += text.slice(last, start) + (replacement === match[0] ? text.slice(start, end) : replacement);
    last = end;
  }
  return scrubbed + text.slice(last);
}
