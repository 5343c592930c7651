'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { captureArrival, recordVisitedArticle, type Arrival } from '@/lib/feedback/visit-context';
import { recallVote, type RememberedVote } from '@/lib/feedback/vote-client';
import type { ContactChannels } from '@/lib/content/schemas';
import type { FeedbackAskStrings } from '@/lib/i18n/feedback-strings';
import type { Locale } from '@/lib/i18n/locales';
import { HelpfulCount } from './helpful-count';

export interface FeedbackWidgetProps {
  articleId: string;
  locale: Locale;
  title: string;
  path: string;
  /** FAQ entry id when the vote is about one entry rather than the whole article. */
  anchor?: string;
  /** The question and its buttons; the panel brings its own strings. */
  strings: FeedbackAskStrings;
  /** This language's ways to reach a human. */
  contact: ContactChannels;
}

/** The vote's logic, form and contact options: a separate chunk, fetched on intent. */
let panelModule: Promise<typeof import('./feedback-panel')> | undefined;
function loadPanel() {
  panelModule ??= import('./feedback-panel');
  return panelModule;
}
const FeedbackPanel = lazy(() => loadPanel().then((m) => ({ default: m.FeedbackPanel })));

export interface FeedbackAskProps {
  anchor?: string;
  strings: FeedbackAskStrings;
  busy: boolean;
  onAnswer: (resolved: boolean) => void;
}

/** The question and its Yes / No buttons, as first rendered and while the vote is open. */
export function FeedbackAsk({ anchor, strings, busy, onAnswer }: FeedbackAskProps) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className={anchor ? '' : 'font-semibold text-slate-900 dark:text-white'}>{anchor ? strings.faqQuestion : strings.question}</p>
      <div className="flex gap-2">
        {[true, false].map((resolved) => (
          <button key={String(resolved)} type="button" disabled={busy} onClick={() => onAnswer(resolved)} className="vote-button">
            {resolved ? strings.yes : strings.no}
          </button>
        ))}
      </div>
    </div>
  );
}

/**
 * "Did this solve your problem?" The question and buttons are server HTML with a few lines of
 * script: the visit's context is noted on load, and the voting code (FeedbackPanel) is fetched
 * only when the visitor points at, touches or tabs into the widget, or already voted here. A
 * click that comes before the code is the visitor's answer and is sent once it arrives.
 */
export function FeedbackWidget(props: FeedbackWidgetProps) {
  const { articleId, locale, title, path, anchor, strings } = props;
  const [context, setContext] = useState<{ arrival: Arrival; tried: string[] }>({ arrival: { source: 'direct' }, tried: [] });
  const [open, setOpen] = useState<{ remembered?: RememberedVote; initialAnswer?: boolean } | undefined>();
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    const arrival = captureArrival(articleId);
    const tried = anchor ? [] : recordVisitedArticle({ id: articleId, title, path }).map((a) => a.id);
    const remembered = recallVote(locale, articleId, anchor);
    // Browser storage is only readable after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setContext({ arrival, tried });
    if (remembered) setOpen({ remembered });
  }, [articleId, locale, anchor, title, path]);

  useEffect(() => {
    const element = section.current;
    if (!element || open) return;
    const intent = () => void loadPanel();
    const events = ['pointerenter', 'pointerdown', 'touchstart', 'focusin'] as const;
    for (const name of events) element.addEventListener(name, intent, { once: true, passive: true });
    return () => {
      for (const name of events) element.removeEventListener(name, intent);
    };
  }, [open]);

  const ask = <FeedbackAsk anchor={anchor} strings={strings} busy={open !== undefined} onAnswer={(resolved) => setOpen({ initialAnswer: resolved })} />;
  const count = anchor ? null : <HelpfulCount articleId={articleId} locale={locale} template={strings.helpfulCount} />;
  return (
    <section ref={section} aria-label={anchor ? strings.faqQuestion : strings.question} className={`no-print ${anchor ? 'mt-3 text-sm' : 'mt-10 rounded-xl border border-slate-200 p-5 dark:border-slate-800'}`}>
      {open ? (
        <Suspense
          fallback={
            <>
              <div aria-live="polite">{ask}</div>
              {count}
            </>
          }
        >
          <FeedbackPanel {...props} context={context} remembered={open.remembered} initialAnswer={open.initialAnswer} count={count} />
        </Suspense>
      ) : (
        <>
          <div aria-live="polite">{ask}</div>
          {count}
        </>
      )}
    </section>
  );
}
