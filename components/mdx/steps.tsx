import type { ReactNode } from 'react';

export interface StepsProps {
  children?: ReactNode;
}

/** Numbered steps: wraps a markdown ordered list and draws each number in a circle. */
export function Steps({ children }: StepsProps) {
  return <div className="steps">{children}</div>;
}
