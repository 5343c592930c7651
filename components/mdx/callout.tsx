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
    <div role="note" className={`not-prose callout ${styles[kind]}`}>
      <p className="callout-title">
        <span aria-hidden="true" className="callout-icon">
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
      <div className="callout-body">
        {children}
      </div>
    </div>
  );
}
