import type { ReactNode } from 'react';

export interface CalloutProps {
  type?: 'info' | 'tip' | 'warning';
  title?: string;
  /** Localized name of the kind of callout, announced before its text. */
  kindLabel: string;
  children?: ReactNode;
}

const styles = {
  info: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  warning: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
} as const;

const icons = { info: 'ℹ', tip: '✓', warning: '!' } as const;

/** A highlighted note, tip or warning inside an article. */
export function Callout({ type = 'info', title, kindLabel, children }: CalloutProps) {
  const kind = styles[type] ? type : 'info';
  return (
    <div role="note" className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 text-[0.95rem] leading-relaxed ${styles[kind]}`}>
      <p className="flex items-center gap-2 font-semibold text-slate-900 dark:text-slate-100">
        <span aria-hidden="true" className="inline-flex h-5 w-5 items-center justify-center rounded-full bg-white text-xs dark:bg-slate-900">
          {icons[kind]}
        </span>
        {title ? (
          <>
            <span className="sr-only">{kindLabel}: </span>
            {title}
          </>
        ) : (
          kindLabel
        )}
      </p>
      <div className="mt-1 text-slate-800 dark:text-slate-200 [&_a]:text-brand-700 [&_a]:underline dark:[&_a]:text-brand-300 [&_p]:my-1 [&_strong]:font-semibold [&_ul]:list-disc [&_ul]:pl-5">
        {children}
      </div>
    </div>
  );
}
