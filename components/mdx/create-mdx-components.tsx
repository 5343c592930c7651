import type { ReactNode } from 'react';
import { format, getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { FeedbackWidgetProps } from '@/components/feedback-widget';
import type { ProvidedComponent } from '@/lib/mdx/provided-components';
import { AnchoredHeading } from './anchored-heading';
import { Callout, type CalloutProps } from './callout';
import { Faq } from './faq';
import { Figure } from './figure';
import { Question } from './question';
import { Steps } from './steps';
import { Video } from './video';

type HeadingProps = { id?: string; children?: ReactNode };

/**
 * The components article writers can use, bound to the page's language for their labels and
 * to the article, so each FAQ entry gets its own vote. The names are `PROVIDED_COMPONENTS`
 * (lib/mdx), which `content:check` enforces; the return type keeps the two lists equal.
 */
export function createMdxComponents(locale: Locale, feedback: Omit<FeedbackWidgetProps, 'anchor'>): Record<ProvidedComponent | 'h2' | 'h3', unknown> {
  const t = getDictionary(locale);
  const copy = { copiedLabel: t.linkCopied, failedLabel: t.copyFailed };
  const kindLabels = { info: t.calloutInfo, tip: t.calloutTip, warning: t.calloutWarning };
  return {
    h2: (props: HeadingProps) => <AnchoredHeading level={2} {...props} {...copy} copyLabel={(title) => format(t.copyLink, { title })} />,
    h3: (props: HeadingProps) => <AnchoredHeading level={3} {...props} {...copy} copyLabel={(title) => format(t.copyLink, { title })} />,
    Callout: (props: Omit<CalloutProps, 'kindLabel'>) => <Callout {...props} kindLabel={kindLabels[props.type ?? 'info'] ?? t.calloutInfo} />,
    Steps,
    Figure,
    Video,
    Faq,
    Question: (props: { id: string; title: string; children?: ReactNode }) => (
      <Question {...props} copy={{ label: format(t.copyLink, { title: props.title }), ...copy }} feedback={feedback} />
    ),
  };
}
