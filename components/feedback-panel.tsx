'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Arrival } from '@/lib/feedback/visit-context';
import { rememberVote, sendVote, type RememberedVote } from '@/lib/feedback/vote-client';
import { VOTE_REASONS, type VoteReason } from '@/lib/feedback/vote-options';
import { getContactStrings } from '@/lib/i18n/contact-strings';
import { getFeedbackStrings } from '@/lib/i18n/feedback-strings';
import { ContactOptions } from './contact-options';
import { FeedbackAsk, type FeedbackWidgetProps } from './feedback-widget';

export interface FeedbackPanelProps extends FeedbackWidgetProps {
  /** How the visitor arrived and which articles they tried, read by the widget on load. */
  context: { arrival: Arrival; tried: string[] };
  /** The vote this browser already cast here. */
  remembered?: RememberedVote;
  /** The answer the visitor clicked before this code had loaded: sent at once. */
  initialAnswer?: boolean;
  /** "N of M people found this helpful", kept under the vote. */
  count: ReactNode;
}

type Step = 'ask' | 'why' | 'done';

/**
 * The interactive part of "Did this solve your problem?" (FeedbackWidget loads it on intent):
 * Yes thanks; No asks why and offers a human with the visit's context.
 */
export function FeedbackPanel({ articleId, locale, anchor, contact, context, remembered, initialAnswer, count }: FeedbackPanelProps) {
  const strings = getFeedbackStrings(locale);
  const contactStrings = getContactStrings(locale);
  const [vote, setVote] = useState<RememberedVote | undefined>(remembered);
  const [step, setStep] = useState<Step>(remembered ? 'done' : 'ask');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const whyRef = useRef<HTMLParagraphElement>(null);
  const started = useRef(false);
  const id = useId();

  useEffect(() => {
    // The click that loaded this code is the visitor's answer (once, also under Strict Mode).
    if (initialAnswer === undefined || started.current) return;
    started.current = true;
    void answer(initialAnswer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (step === 'why') whyRef.current?.focus();
  }, [step]);

  async function submit(resolved: boolean, extra: { reason?: VoteReason; comment?: string; website?: string } = {}) {
    setBusy(true);
    setError('');
    const { arrival } = context;
    const result = await sendVote({ articleId, locale, resolved, source: arrival.source, ...(arrival.query ? { query: arrival.query } : {}), ...(anchor ? { anchor } : {}), ...extra });
    setBusy(false);
    if (result !== 'ok') {
      setError(result === 'rate-limited' ? strings.tooMany : strings.failed);
      return false;
    }
    const next = { resolved, ...(extra.reason ? { reason: extra.reason } : {}) };
    rememberVote(locale, articleId, anchor, next);
    setVote(next);
    return true;
  }

  async function answer(resolved: boolean) {
    if (await submit(resolved)) setStep(resolved ? 'done' : 'why');
  }

  async function explain(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = form.get('reason');
    const comment = String(form.get('comment') ?? '').trim();
    const ok = await submit(false, {
      ...(typeof reason === 'string' && (VOTE_REASONS as readonly string[]).includes(reason) ? { reason: reason as VoteReason } : {}),
      ...(comment ? { comment } : {}),
      website: String(form.get('website') ?? ''),
    });
    if (ok) setStep('done');
  }

  const contactContext = { article: articleId, tried: context.tried, ...(context.arrival.query ? { query: context.arrival.query } : {}) };
  return (
    <>
      <div aria-live="polite">
        {step === 'ask' ? <FeedbackAsk anchor={anchor} strings={strings} busy={busy} onAnswer={answer} /> : null}
        {step === 'why' ? (
          <form onSubmit={explain} className="space-y-3">
            <p ref={whyRef} id={`${id}-why`} tabIndex={-1} className="font-semibold text-slate-900 focus:outline-none dark:text-white">{strings.whyNot}</p>
            <fieldset aria-labelledby={`${id}-why`}>
              <div className="flex flex-wrap gap-x-4 gap-y-2">
                {VOTE_REASONS.map((reason) => (
                  <label key={reason} className="flex items-center gap-2">
                    <input type="radio" name="reason" value={reason} className="accent-brand-600" /> {strings.reasons[reason]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor={`${id}-comment`} className="block text-sm font-medium">{strings.commentLabel}</label>
              <textarea id={`${id}-comment`} name="comment" maxLength={1000} rows={3} aria-describedby={`${id}-hint`} className="mt-1 w-full rounded-lg border border-slate-300 bg-white p-2 text-slate-900 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" />
              <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{strings.commentHint}</p>
            </div>
            <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
              <label>{strings.honeypot}<input type="text" name="website" tabIndex={-1} autoComplete="off" /></label>
            </div>
            <button type="submit" disabled={busy} className="rounded-lg bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:opacity-60">
              {busy ? strings.sending : strings.send}
            </button>
          </form>
        ) : null}
        {step === 'done' && vote ? (
          <div className="space-y-2">
            <p className="font-medium text-slate-900 dark:text-white">{vote.resolved ? strings.thanks : strings.sent}</p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {vote.resolved ? strings.answeredYes : strings.answeredNo}{' '}
              <button type="button" onClick={() => setStep('ask')} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">{strings.change}</button>
            </p>
          </div>
        ) : null}
        {error ? <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">{error}</p> : null}
      </div>
      {count}
      {vote && !vote.resolved && step !== 'ask' ? (
        <div className="mt-4 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="font-semibold text-slate-900 dark:text-white">{strings.stillNeedHelp}</p>
          <p className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400">{contactStrings.handOver}</p>
          <ContactOptions channels={contact} context={contactContext} strings={contactStrings} />
        </div>
      ) : null}
    </>
  );
}
