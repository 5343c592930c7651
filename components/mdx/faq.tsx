import type { ReactNode } from 'react';

export interface FaqProps {
  children?: ReactNode;
}

/** A list of FAQ entries; each `<Question>` inside is an accordion item. */
export function Faq({ children }: FaqProps) {
  return <div className="not-prose my-6 divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">{children}</div>;
}
