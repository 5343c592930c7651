import type { Heading } from '@/lib/content/types';
import { TocHighlighter } from './toc-highlighter';

export interface TableOfContentsProps {
  title: string;
  headings: Heading[];
}

function Links({ headings, highlight }: { headings: Heading[]; highlight: boolean }) {
  return (
    <ul className="space-y-1 border-l border-slate-200 dark:border-slate-800" data-toc={highlight ? '' : undefined}>
      {headings.map((heading) => (
        <li key={heading.slug}>
          <a
            href={`#${heading.slug}`}
            className={`toc-link ${heading.depth === 3 ? 'pl-6' : 'pl-3'}`}
          >
            {heading.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The article's sections beside the text on wide screens, the current one highlighted as the reader scrolls. */
export function TableOfContents({ title, headings }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label={title} className="text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">{title}</p>
      <Links headings={headings} highlight />
      <TocHighlighter />
    </nav>
  );
}

/** The same contents, collapsed near the top of the article on phones and tablets. */
export function MobileTableOfContents({ title, headings }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  return (
    <details className="group/toc no-print toc-details">
      <summary className="toc-summary">
        {title}
        <svg aria-hidden="true" viewBox="0 0 20 20" className="toc-chevron" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="m5 7.5 5 5 5-5" />
        </svg>
      </summary>
      <nav aria-label={title} className="px-4 pb-3">
        <Links headings={headings} highlight={false} />
      </nav>
    </details>
  );
}
