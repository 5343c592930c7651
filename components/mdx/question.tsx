import type { ReactNode } from 'react';
import { CopyLinkButton } from '@/components/copy-link-button';
import { FeedbackWidget, type FeedbackWidgetProps } from '@/components/feedback-widget';
import { format, getDictionary } from '@/lib/i18n/dictionary';
import { isSupportedLocale } from '@/lib/i18n/locales';

export interface QuestionProps {
  id: string;
  title: string;
  children?: ReactNode;
  copy: { label: string; copiedLabel: string; failedLabel: string };
  feedback: Omit<FeedbackWidgetProps, 'anchor'>;
}

/**
 * One FAQ entry as a native disclosure (<details>): keyboard and screen-reader support come
 * from the browser, it works without script, and find-in-page opens it. FaqHashOpener opens
 * the entry a URL hash points at.
 */
export function Question({ id, title, children, copy, feedback }: QuestionProps) {
  const t = isSupportedLocale(feedback.locale) ? getDictionary(feedback.locale) : undefined;
  return (
    <details id={id} className="group/faq scroll-mt-20">
      <summary className="flex cursor-pointer list-none items-start justify-between gap-3 px-4 py-3 font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500 dark:text-slate-100 dark:hover:bg-slate-900">
        <span>{title}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-1 h-4 w-4 shrink-0 transition-transform group-open/faq:rotate-180" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="m5 7.5 5 5 5-5" />
        </svg>
      </summary>
      <div className="px-4 pb-4">
        <div className="prose prose-slate max-w-none dark:prose-invert">{children}</div>
        <div className="mt-2 flex items-center gap-1 text-sm text-slate-600 dark:text-slate-400">
          <CopyLinkButton anchor={id} label={copy.label} copiedLabel={copy.copiedLabel} failedLabel={copy.failedLabel} />
          {t ? <CopyLinkButton anchor={id} customerArticleId={feedback.articleId} label={format(t.copyCustomerLinkTo, { title })} copiedLabel={t.customerLinkCopied} failedLabel={copy.failedLabel} /> : null}
        </div>
        <FeedbackWidget {...feedback} anchor={id} />
      </div>
    </details>
  );
}
