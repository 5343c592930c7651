'use client';

import { useSyncExternalStore } from 'react';

type ThemeChoice = 'system' | 'light' | 'dark';

export interface ThemeToggleProps {
  labels: Record<ThemeChoice, string>;
}

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const CHANGE_EVENT = 'resolve-theme-change';

function applyTheme(choice: ThemeChoice) {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem('theme');
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Follows the stored choice (also from other tabs) and the system scheme while on "system". */
function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const update = () => {
    applyTheme(readChoice());
    onChange();
  };
  media.addEventListener('change', update);
  window.addEventListener('storage', update);
  window.addEventListener(CHANGE_EVENT, update);
  return () => {
    media.removeEventListener('change', update);
    window.removeEventListener('storage', update);
    window.removeEventListener(CHANGE_EVENT, update);
  };
}

/** Cycles the theme between following the system, light and dark; remembers the choice. */
export function ThemeToggle({ labels }: ThemeToggleProps) {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as ThemeChoice);

  function cycle() {
    const next = NEXT[choice];
    try {
      if (next === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      // Storage blocked (private mode): the choice lasts for this page only.
      applyTheme(next);
      return;
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }

  return (
    <button
      type="button"
      onClick={cycle}
      aria-label={labels[choice]}
      title={labels[choice]}
      className="rounded-md p-2 text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-slate-300 dark:hover:bg-slate-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.5">
        {choice === 'light' ? (
          <>
            <circle cx="10" cy="10" r="3.5" />
            <path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4" />
          </>
        ) : choice === 'dark' ? (
          <path d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9Z" />
        ) : (
          <>
            <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
            <path d="M7 17h6M10 13.5V17" />
          </>
        )}
      </svg>
    </button>
  );
}
