/**
 * Text folding shared by index time (Node) and query time (Web Worker).
 *
 * Folding works one code point at a time so that highlighting can map a folded
 * match back to the original text. Per code point it applies Unicode NFKC
 * (full-width to half-width, compatibility ideographs), lowercases, strips Latin
 * accents, normalises typographic apostrophes and finally maps Chinese characters
 * through a character map (Traditional and variant forms to one Simplified form).
 * The map is data, not code: the build derives it from opencc-js
 * (`build-char-map.ts`) and ships only the part an index needs inside the index
 * payload, so the browser never downloads opencc-js.
 */

/** Character map: one code point to its folded code point. */
export type CharMap = ReadonlyMap<string, string>;

/** Folds a string for indexing or querying. */
export type FoldFn = (text: string) => string;

/** Folded text plus, for every UTF-16 unit of it, the span of the original text it came from. */
export interface FoldedWithOffsets {
  text: string;
  starts: number[];
  ends: number[];
}

const EMPTY_MAP: CharMap = new Map();
const APOSTROPHES = new Set(['\u2018', '\u2019', '\u02bc', '\u0060', '\u00b4']);
const COMBINING_MARK = /\p{M}/gu;

function foldCodePoint(ch: string, charMap: CharMap): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const direct = charMap.get(ch);
  if (direct !== undefined) return direct;
  if (APOSTROPHES.has(ch)) return "'";
  let out = ch.normalize('NFKC').toLowerCase();
  // Accent stripping only for alphabetic scripts: NFD would split Hangul syllables into jamo.
  if (code < 0x2e80) out = out.normalize('NFD').replace(COMBINING_MARK, '');
  if (out === ch) return out;
  let mapped = '';
  for (const part of out) mapped += APOSTROPHES.has(part) ? "'" : (charMap.get(part) ?? part);
  return mapped;
}

/**
 * Creates the folding function for a character map. Results for non-ASCII code
 * points are cached, so folding a whole corpus stays fast.
 */
export function createFolder(charMap: CharMap = EMPTY_MAP): FoldFn {
  const cache = new Map<string, string>();
  const foldOne = (ch: string): string => {
    let hit = cache.get(ch);
    if (hit === undefined) {
      hit = foldCodePoint(ch, charMap);
      cache.set(ch, hit);
    }
    return hit;
  };
  return (text: string): string => {
    let out = '';
    for (const ch of text) out += ch.length === 1 && ch.charCodeAt(0) < 0x80 ? foldCodePoint(ch, charMap) : foldOne(ch);
    return out;
  };
}

/**
 * Folds text and records which original UTF-16 span each folded unit came from,
 * so that a match found in folded text can be highlighted in the original.
 */
export function foldWithOffsets(text: string, fold: FoldFn): FoldedWithOffsets {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  let index = 0;
  for (const ch of text) {
    const piece = fold(ch);
    for (let i = 0; i < piece.length; i += 1) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    folded += piece;
    index += ch.length;
  }
  return { text: folded, starts, ends };
}

/** Serialises a character map as concatenated code-point pairs ("帳账碼码…"). */
export function encodeCharMap(charMap: CharMap): string {
  let out = '';
  for (const [from, to] of [...charMap].sort(([a], [b]) => (a < b ? -1 : 1))) out += from + to;
  return out;
}

/** Parses the output of {@link encodeCharMap}. */
export function decodeCharMap(encoded: string): Map<string, string> {
  const map = new Map<string, string>();
  const points = Array.from(encoded);
  for (let i = 0; i + 1 < points.length; i += 2) {
    const from = points[i];
    const to = points[i + 1];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
}
