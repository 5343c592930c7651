'use client';

import { useEffect, useRef, useState } from 'react';

export interface CopyLinkButtonProps {
  /** The element id the link points at; none for the whole page. */
  anchor?: string;
  /** With an article id, copies the short link `/a/<id>#<anchor>` that opens in the customer's language. */
  customerArticleId?: string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain-http hosts have no Clipboard API; the legacy command still works from a click.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy command refused');
}

/** Copies the URL of a heading or FAQ entry, for support agents pasting it into a reply. */
export function CopyLinkButton({ anchor, customerArticleId, label, copiedLabel, failedLabel }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const hash = anchor ? `#${encodeURIComponent(anchor)}` : '';
    const url = customerArticleId
      ? `${window.location.origin}/a/${encodeURIComponent(customerArticleId)}${hash}`
      : `${window.location.origin}${window.location.pathname}${hash}`;
    try {
      await copyText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  }

  return (
    <span className="no-print copy-link-wrap">
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        title={label}
        className="copy-link"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          {customerArticleId ? (
            <path d="M7 9.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2 17a5 5 0 0 1 10 0M14 7h4m0 0-1.5-1.5M18 7l-1.5 1.5M14 13h4m-4 0 1.5-1.5M14 13l1.5 1.5" />
          ) : (
            <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" />
          )}
        </svg>
      </button>
      <span role="status" className={state === 'idle' ? 'sr-only' : 'ml-1 whitespace-nowrap rounded bg-slate-800 px-1.5 py-0.5 text-xs font-normal text-white dark:bg-slate-200 dark:text-slate-900'}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
