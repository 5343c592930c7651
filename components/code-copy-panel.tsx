'use client';

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

export interface CodeCopyButtonsProps {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

function CopyCodeButton({ block, label, copiedLabel, failedLabel }: CodeCopyButtonsProps & { block: HTMLElement }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(block.querySelector('pre')?.innerText.replace(/\n$/, '') ?? '');
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="no-print absolute right-2 top-2 rounded-md border border-slate-300 bg-white/90 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-600 dark:bg-slate-800/90 dark:text-slate-200 dark:hover:bg-slate-700"
    >
      <span aria-live="polite">{state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : label}</span>
    </button>
  );
}

/**
 * Adds a copy button to every code block of the article (the blocks are static HTML from the
 * build). Copying needs script, so the buttons appear only once it runs. Loaded by
 * CodeCopyButtons only on articles that have code.
 */
export function CodeCopyPanel(props: CodeCopyButtonsProps) {
  const [blocks, setBlocks] = useState<HTMLElement[]>([]);
  useEffect(() => {
    // The blocks are server HTML outside React's state; they are read once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBlocks([...document.querySelectorAll<HTMLElement>('[data-code-block]')]);
  }, []);
  return <>{blocks.map((block, index) => createPortal(<CopyCodeButton block={block} {...props} />, block, String(index)))}</>;
}
