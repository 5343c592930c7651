import type { HighlightRange } from '@/lib/search/highlight';
import { splitHighlights } from '@/lib/search/highlight';

export interface HighlightedTextProps {
  text: string;
  ranges: HighlightRange[];
}

/** Text with the matched query terms in <mark>. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  return (
    <>
      {splitHighlights(text, ranges).map((part, index) =>
        part.highlighted ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-300 dark:text-slate-950">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
