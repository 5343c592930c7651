import { foldWithOffsets, type FoldFn } from './fold';
import type { SearchResult } from './group-results';
import { tokenizeFolded } from './tokenize';

/** A `[start, end)` range of UTF-16 offsets in the original text. */
export type HighlightRange = [number, number];

/** A piece of text and whether to mark it. */
export interface HighlightPart {
  text: string;
  highlighted: boolean;
}

/**
 * Where the matched index terms of a result occur in a piece of display text
 * (title, heading, snippet), as ranges in the original, unfolded text. Uses the
 * same folding and tokenizing as the index, so "Invitations" is marked for the
 * term `invitation` and 密碼 for the term 密码. Overlapping CJK bigrams merge.
 */
export function findHighlightRanges(text: string, terms: readonly string[], fold: FoldFn): HighlightRange[] {
  if (terms.length === 0 || text === '') return [];
  const wanted = new Set(terms);
  const folded = foldWithOffsets(text, fold);
  const ranges: HighlightRange[] = [];
  for (const token of tokenizeFolded(folded.text)) {
    if (!wanted.has(token.term)) continue;
    const start = folded.starts[token.start] ?? 0;
    const end = folded.ends[token.end - 1] ?? start;
    const last = ranges[ranges.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/** Splits text into marked and unmarked parts for rendering (`<mark>` the highlighted ones). */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), highlighted: false });
    parts.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), highlighted: false });
  return parts;
}

/** Highlight ranges for every displayed field of a result, computed where the index (and its fold) lives. */
export interface ResultHighlights {
  title: HighlightRange[];
  snippet: HighlightRange[];
  sections: Array<{ heading: HighlightRange[]; snippet: HighlightRange[] }>;
}

/** Computes {@link ResultHighlights} for one search result, e.g. in the worker before posting results. */
export function highlightResult(result: SearchResult, fold: FoldFn): ResultHighlights {
  const mark = (text: string) => findHighlightRanges(text, result.terms, fold);
  return {
    title: mark(result.title),
    snippet: mark(result.snippet),
    sections: result.sections.map((section) => ({ heading: mark(section.heading), snippet: mark(section.snippet) })),
  };
}
