'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { captureArrival, recordVisitedArticle, type Arrival } from '@/lib/feedback/visit-context';
import { recallVote, rememberVote, sendVote, type RememberedVote } from '@/lib/feedback/vote-client';
import { VOTE_REASONS, type VoteReason } from '@/lib/feedback/vote-options';
import type { ContactChannels } from '@/lib/content/schemas';
import type { ContactStrings } from '@/lib/i18n/contact-strings';
import type { FeedbackStrings } from '@/lib/i18n/feedback-strings';
import { ContactOptions } from './contact-options';
import { HelpfulCount } from './helpful-count';

export interface FeedbackWidgetProps {
  articleId: string;
  locale: string;
  title: string;
  path: string;
  /** FAQ entry id when the vote is about one entry rather than the whole article. */
  anchor?: string;
  strings: FeedbackStrings;
  /** This language's ways to reach a human. */
  contact: ContactChannels;
  contactStrings: ContactStrings;
}

type Step = 'ask' | 'why' | 'done';

/** "Did this solve your problem?": Yes thanks; No asks why and offers a human with the visit's context. */
export function FeedbackWidget({ articleId, locale, title, path, anchor, strings, contact, contactStrings }: FeedbackWidgetProps) {
  const [vote, setVote] = useState<RememberedVote | undefined>();
  const [step, setStep] = useState<Step>('ask');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [context, setContext] = useState<{ arrival: Arrival; tried: string[] }>({ arrival: { source: 'direct' }, tried: [] });
  const whyRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useEffect(() => {
    const arrival = captureArrival(articleId);
    const tried = anchor ? [] : recordVisitedArticle({ id: articleId, title, path }).map((a) => a.id);
    const remembered = recallVote(locale, articleId, anchor);
    // Browser storage is only readable after hydration, so this state is set in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setContext({ arrival, tried });
    if (remembered) {
      setVote(remembered);
      setStep('done');
    }
  }, [articleId, locale, anchor, title, path]);

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
  const heading = anchor ? strings.faqQuestion : strings.question;
  return (
    <section aria-label={heading} className={`no-print ${anchor ? 'mt-3 text-sm' : 'mt-10 rounded-xl border border-slate-200 p-5 dark:border-slate-800'}`}>
      <div aria-live="polite">
        {step === 'ask' ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className={anchor ? '' : 'font-semibold text-slate-900 dark:text-white'}>{heading}</p>
            <div className="flex gap-2">
              {[true, false].map((resolved) => (
                <button key={String(resolved)} type="button" disabled={busy} onClick={() => answer(resolved)} className="rounded-lg border border-slate-300 px-4 py-1.5 font-medium hover:border-brand-500 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800">
                  {resolved ? strings.yes : strings.no}
                </button>
              ))}
            </div>
          </div>
        ) : null}
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
      {anchor ? null : <HelpfulCount articleId={articleId} locale={locale} template={strings.helpfulCount} />}
      {vote && !vote.resolved && step !== 'ask' ? (
        <div className="mt-4 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="font-semibold text-slate-900 dark:text-white">{strings.stillNeedHelp}</p>
          <p className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400">{contactStrings.handOver}</p>
          <ContactOptions channels={contact} context={contactContext} strings={contactStrings} />
        </div>
      ) : null}
    </section>
  );
}
