'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { CodeCopyButtonsProps } from './code-copy-panel';

export type { CodeCopyButtonsProps };

/**
 * The copy buttons of an article's code blocks. Only articles with code render this, so their
 * code is a chunk of its own (components/code-copy-panel.tsx), fetched after hydration, and
 * the script every article shares does not carry it.
 */
export function CodeCopyButtons(props: CodeCopyButtonsProps) {
  const [Panel, setPanel] = useState<ComponentType<CodeCopyButtonsProps>>();
  useEffect(() => {
    let mounted = true;
    void import('./code-copy-panel').then((module) => {
      if (mounted) setPanel(() => module.CodeCopyPanel);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return Panel ? <Panel {...props} /> : null;
}
