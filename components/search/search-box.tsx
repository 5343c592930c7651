'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { prefersLessData } from '@/lib/navigation/connection';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchBoxStrings } from '@/lib/i18n/search-strings';
import type { SearchAssets } from '@/lib/search/search-client';
import type { SearchPanelProps } from './search-panel';

export interface SearchBoxProps {
  locale: Locale;
  assets: SearchAssets;
  strings: SearchBoxStrings;
  large?: boolean;
  /** This box answers Ctrl/Cmd+K and "/" (one box per page). */
  shortcut?: boolean;
}

/*
 * Before the visitor shows intent, this is only a form that submits to the search page and a
 * few listeners. Focus, a pointer press, typing, the keyboard shortcut (or a mouse hovering the
 * box, except on a data-saving or slow connection) load the rest with import(): the worker
 * client, the index and the results list. Below 640 px the box opens a full-screen search view.
 */
let panelModule: Promise<ComponentType<SearchPanelProps>> | undefined;
function loadPanel(): Promise<ComponentType<SearchPanelProps>> {
  panelModule ??= import('./search-panel').then((module) => module.SearchPanel);
  return panelModule;
}

const isPhone = () => window.matchMedia('(max-width: 639.98px)').matches;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Instant search: results as you type, arrows to move, Enter for the search page, Escape to close. */
export function SearchBox({ locale, assets, strings, large = false, shortcut = false }: SearchBoxProps) {
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [sheet, setSheet] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<SearchPanelProps>>();
  const composing = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const sheetField = useRef<HTMLTextAreaElement>(null);
  // Focus coming back to the box as the search view closes must not open it again.
  const returning = useRef(false);
  const id = useId();
  const action = `/${locale}/search`;

  function intent() {
    if (!Panel) void loadPanel().then((component) => setPanel(() => component));
  }

  function openSheet() {
    intent();
    setSheet(true);
  }

  function closeSheet() {
    returning.current = true;
    dialog.current?.close();
  }

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const combo = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (combo || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  // The search view is a modal dialog: the page behind is inert and does not scroll. It opens
  // and takes focus during the tap that opened it, so a phone keeps its keyboard up.
  useLayoutEffect(() => {
    const view = dialog.current;
    if (!sheet || !view) return;
    if (!view.open) view.showModal();
    const field = sheetField.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
    const html = document.documentElement;
    const overflow = html.style.overflow;
    html.style.overflow = 'hidden';
    return () => {
      html.style.overflow = overflow;
    };
  }, [sheet]);

  // The view's field grows with the query, so the whole question stays readable.
  useEffect(() => {
    const field = sheetField.current;
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight}px`;
  }, [value, sheet]);

  function change(next: string, event: { nativeEvent: Event }) {
    intent();
    setValue(next);
    setOpen(true);
    // An input method's unfinished syllables are not a query yet.
    if (!composing.current && !(event.nativeEvent as InputEvent).isComposing) setQuery(next);
  }

  function focusFirstResult(container: HTMLElement | null) {
    setOpen(true);
    requestAnimationFrame(() => container?.querySelector<HTMLAnchorElement>('a[data-search-link]')?.focus());
  }

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusFirstResult(root.current);
    } else if (event.key === 'Escape') {
      if (open && value) setOpen(false);
      else {
        setValue('');
        setQuery('');
      }
    }
  }

  function onSheetKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    const field = event.currentTarget;
    if (event.key === 'Enter' && !composing.current && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (field.value.trim()) field.form?.requestSubmit();
    } else if (event.key === 'ArrowDown' && field.selectionStart === field.value.length) {
      event.preventDefault();
      focusFirstResult(dialog.current);
    }
  }

  const composition = {
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: { currentTarget: { value: string } }) => {
      composing.current = false;
      setQuery(event.currentTarget.value);
    },
  };
  const panelProps = { locale, assets, query, statusId: `${id}-status` };
  return (
    <div ref={root} className="relative w-full" onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false); }}>
      <form role="search" action={action} method="get" className="search-frame">
        <label htmlFor={`${id}-input`} className="sr-only">{strings.label}</label>
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="search"
          value={value}
          placeholder={strings.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={Panel && !sheet ? `${id}-status` : undefined}
          aria-keyshortcuts={shortcut ? 'Control+K Meta+K /' : undefined}
          onFocus={() => {
            intent();
            if (returning.current) returning.current = false;
            else if (isPhone()) openSheet();
          }}
          onClick={() => (isPhone() ? openSheet() : setOpen(true))}
          onPointerDown={intent}
          onPointerEnter={(event) => {
            if (event.pointerType === 'mouse' && !prefersLessData()) intent(); // on a data-saving or slow connection a hover is not intent
          }}
          {...composition}
          onChange={(event) => change(event.target.value, event)}
          onKeyDown={onInputKey}
          className={`search-field ${large ? 'px-4 py-3 text-lg' : 'px-3 py-1 text-base sm:py-1.5 sm:text-sm'}`}
        />
        <button type="submit" className={`search-submit ${large ? 'mr-1.5 px-4 py-2' : 'mr-1 px-2.5 py-1 text-xs'}`}>
          {strings.submit}
        </button>
      </form>
      {Panel && !sheet ? <Panel {...panelProps} layout="dropdown" open={open} onLeave={(close) => { if (close) setOpen(false); input.current?.focus(); }} /> : null}
      {sheet ? (
        <dialog
          ref={dialog}
          aria-label={strings.label}
          onCancel={() => { returning.current = true; }}
          onClose={() => {
            setSheet(false);
            input.current?.focus();
          }}
          className="fixed inset-0 m-0 h-full max-h-none w-full max-w-none bg-white p-0 text-slate-900 backdrop:bg-slate-950/40 dark:bg-slate-950 dark:text-slate-100"
        >
          <div className="flex items-start gap-2 border-b border-slate-200 p-3 dark:border-slate-800">
            <form role="search" action={action} method="get" className="search-frame items-end">
              <label htmlFor={`${id}-sheet`} className="sr-only">{strings.label}</label>
              <textarea
                ref={sheetField}
                id={`${id}-sheet`}
                name="q"
                rows={1}
                value={value}
                placeholder={strings.placeholder}
                autoComplete="off"
                enterKeyHint="search"
                aria-describedby={`${id}-status`}
                {...composition}
                onChange={(event) => change(event.target.value.replace(/[\r\n]+/g, ' '), event)}
                onKeyDown={onSheetKey}
                className="search-field max-h-40 resize-none self-center px-3 py-2 text-base"
              />
              <button type="submit" className="search-submit m-1 px-3 py-1.5 text-sm">
                {strings.submit}
              </button>
            </form>
            <button type="button" onClick={closeSheet} className="shrink-0 rounded-md px-2 py-2.5 text-sm font-medium text-brand-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-300 dark:hover:bg-slate-800">
              {strings.close}
            </button>
          </div>
          {Panel ? <Panel {...panelProps} layout="sheet" open onLeave={(close) => (close ? closeSheet() : sheetField.current?.focus())} /> : null}
        </dialog>
      ) : null}
    </div>
  );
}
