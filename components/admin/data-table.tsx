import type { ReactNode } from 'react';

export interface DataTableProps {
  /** Accessible name of the table (its caption). */
  caption: string;
  /** Show the caption visually too. */
  showCaption?: boolean;
  head: ReactNode[];
  children: ReactNode;
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard. */
export function DataTable({ caption, showCaption = false, head, children }: DataTableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full border-collapse text-left text-sm">
        <caption className={showCaption ? 'px-3 py-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
        <thead className="bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            {head.map((cell, index) => (
              <th key={index} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}

/** A body cell with the table's padding. */
export function Cell({ children, className = '' }: { children?: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 align-top ${className}`}>{children}</td>;
}
