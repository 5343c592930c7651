/**
 * Invisible characters that carry no meaning in a comment or a query but can hide or
 * reorder text in the dashboard: zero-width space, word joiner, byte order mark, Mongolian
 * vowel separator, and the bidi marks, embeddings, overrides and isolates.
 * ZERO WIDTH JOINER and NON-JOINER are kept: emoji sequences (👩‍💻) and Persian or Indic
 * spelling need them. Right-to-left text itself displays correctly without the controls.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u180E\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 control characters except tab and newline. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const VISIBLE = /[^\s\u200C\u200D]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
/** Half of a surrogate pair without its other half: not a character, and not valid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ASCII = /^[\u0000-\u007F]*$/;

/*
 * Text in which every code point is a user-perceived character of its own: common scripts and
 * symbols (Latin, Greek, Cyrillic, punctuation, CJK, kana, Hangul syllables, full-width forms,
 * emoji) without anything that joins code points into one character: combining marks and
 * other extenders, emoji modifiers (skin tones), regional indicators (flags), CR (CR LF is
 * one). Hangul jamo, ZWJ, variation selectors and prepended marks lie outside these ranges.
 * Such text is counted by code points, without Intl.Segmenter, whose set-up for each text
 * costs more than validating the rest of a vote. tests/unit checks every code point of these
 * ranges against Intl.Segmenter.
 */
const ONE_CODE_POINT_PER_CHARACTER =
  /^(?:(?![\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}])[\t\n\u0020-\u007E\u00A0-\u052F\u1E00-\u1FFF\u2010-\u2027\u2030-\u205E\u2070-\u2BFF\u2E80-\u2FDF\u3000-\u31FF\u3200-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFFEF\u{1F000}-\u{1FAFF}])*$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Normalizes free text typed by a visitor: lone surrogates replaced by U+FFFD (so SQLite
 * and PostgreSQL store the same valid text), NFC, `\n` line ends, no control or invisible
 * characters, trimmed. Text with nothing visible left becomes the empty string.
 */
export function cleanText(input: string): string {
  const cleaned = input
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .trim();
  return VISIBLE.test(cleaned) ? cleaned : '';
}

/** Like {@link cleanText}, and collapses all whitespace (newlines too) to single spaces. */
export function cleanLine(input: string): string {
  return cleanText(input).replace(/\s+/g, ' ');
}

/**
 * Counts user-perceived characters (grapheme clusters), so "👩‍💻", "é" written with a
 * combining accent and "密" each count as one, as a visitor would count them.
 */
export function countCharacters(text: string): number {
  // In ASCII only CR LF is a character of two code units.
  if (ASCII.test(text) && !text.includes('\r')) return text.length;
  if (ONE_CODE_POINT_PER_CHARACTER.test(text)) return countCodePoints(text);
  const segments = graphemes.segment(text)[Symbol.iterator]();
  let count = 0;
  while (!segments.next().done) count += 1;
  return count;
}

/** Counts Unicode code points, which bound the stored size (a grapheme may hold hundreds). */
export function countCodePoints(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * The form under which queries are stored and grouped, identical for votes and search
 * events so they can be matched: cleaned, NFKC (full-width Latin and digits typed with a
 * Chinese input method become ASCII), lower case, single spaces.
 */
export function normalizeQuery(query: string): string {
  return cleanLine(query).normalize('NFKC').toLowerCase();
}
