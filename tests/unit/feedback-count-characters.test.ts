import { describe, expect, it } from 'vitest';
import { countCharacters } from '@/lib/feedback/clean-text';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmenterCount = (text: string) => [...graphemes.segment(text)].length;

/** Every BMP code point but surrogates, and the emoji planes' blocks: a superset of the ranges counted without Intl.Segmenter. */
function* codePoints(): Generator<string> {
  for (let code = 0; code <= 0xffff; code += 1) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
  for (let code = 0x1f000; code <= 0x1faff; code += 1) yield String.fromCodePoint(code);
}

describe('countCharacters', () => {
  it('agrees with Intl.Segmenter for every code point alone, doubled, between letters and before a newline', () => {
    const disagreements: string[] = [];
    for (const c of codePoints()) {
      for (const text of [c, c + c, `a${c}a`, `${c}\n`, `中${c}`]) {
        if (countCharacters(text) !== segmenterCount(text)) disagreements.push(`U+${c.codePointAt(0)?.toString(16).toUpperCase()} in ${JSON.stringify(text)}`);
      }
    }
    expect(disagreements.slice(0, 20)).toEqual([]);
  });

  it('counts what a visitor sees as one character once', () => {
    expect(countCharacters('步驟三的截圖是舊版的 😕')).toBe(12);
    expect(countCharacters('Ça ne marche pas 👎🏽')).toBe(18);
    expect(countCharacters('the 👩‍💻 icon')).toBe(10);
    expect(countCharacters('flag 🇹🇼')).toBe(6);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('\u1100\u1161\u11A8')).toBe(1);
    expect(countCharacters('❤️')).toBe(1);
    expect(countCharacters('a\r\nb')).toBe(3);
    expect(countCharacters('ＡＢＣ１２３')).toBe(6);
  });
});
