import type { Heading } from '@/lib/content/types';

export interface TableOfContentsProps {
  title: string;
  headings: Heading[];
}

/** The article's sections, shown beside the text on wide screens. */
export function TableOfContents({ title, headings }: TableOfContentsProps) {
  if (headings.length < 2) return null;
  return (
    <nav aria-label={title} className="sticky top-20 text-sm">
      <p className="mb-2 font-semibold text-slate-900 dark:text-slate-100">{title}</p>
      <ul className="space-y-1.5 border-l border-slate-200 dark:border-slate-800">
        {headings.map((heading) => (
          <li key={heading.slug} className={heading.depth === 3 ? 'pl-6' : 'pl-3'}>
            <a href={`#${heading.slug}`} className="block text-slate-600 hover:text-brand-700 dark:text-slate-400 dark:hover:text-brand-300">
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
