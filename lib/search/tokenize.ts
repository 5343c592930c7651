import { stemWord } from './stem';
import { isCjkStopBigram, isStopWord } from './stop-words';

/** One indexable term found in folded text. */
export interface Token {
  /** Index term: a stemmed Latin word, a number, or a CJK bigram (unigram for a lone character). */
  term: string;
  /** Latin word before stemming; the CJK characters for CJK tokens. Prefix matching uses it. */
  word: string;
  kind: 'latin' | 'cjk';
  /** Stop word (English, or a Chinese question-word bigram): indexed from short fields only, ignored for ranking unless the query has nothing else. */
  stop: boolean;
  /** Offsets in the folded text, end exclusive. */
  start: number;
  end: number;
}

// Letters and digits, with apostrophes inside words ("can't"). Split into scripts afterwards.
const WORD_RUN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
const SCRIPT_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+|[^\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu;
const CJK_START = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

function pushLatin(tokens: Token[], raw: string, start: number): void {
  const word = raw.endsWith("'s") ? raw.slice(0, -2).replaceAll("'", '') : raw.replaceAll("'", '');
  if (word === '') return;
  const stop = isStopWord(word);
  tokens.push({ term: stop ? word : stemWord(word), word, kind: 'latin', stop, start, end: start + raw.length });
}

function pushCjk(tokens: Token[], run: string, start: number): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    tokens.push({ term: run, word: run, kind: 'cjk', stop: false, start, end: start + run.length });
    return;
  }
  let offset = start;
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const first = chars[i] ?? '';
    const term = first + (chars[i + 1] ?? '');
    tokens.push({ term, word: term, kind: 'cjk', stop: isCjkStopBigram(term), start: offset, end: offset + term.length });
    offset += first.length;
  }
}

/**
 * Splits folded text into terms: Latin words (stemmed, stop words flagged) and
 * numbers, and CJK runs as overlapping bigrams so that a Chinese word is found
 * inside longer text without spaces. A script change splits a run, so
 * `iphone同步` gives `iphone` and `同步`. Call with the output of a fold function;
 * index and query time share this exact path.
 */
export function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(WORD_RUN)) {
    const base = match.index;
    for (const part of match[0].matchAll(SCRIPT_RUN)) {
      const start = base + part.index;
      if (CJK_START.test(part[0])) {
        pushCjk(tokens, part[0], start);
      } else {
        // A script split can leave an apostrophe at an edge ("同步's").
        const lead = part[0].length - part[0].replace(/^'+/, '').length;
        pushLatin(tokens, part[0].replace(/^'+|'+$/g, ''), start + lead);
      }
    }
  }
  return tokens;
}

/** Folds then tokenizes; convenience for callers that do not need offsets. */
export function tokenizeText(text: string, fold: (text: string) => string): Token[] {
  return tokenizeFolded(fold(text));
}
