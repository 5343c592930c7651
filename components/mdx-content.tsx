import { createElement } from 'react';
import { getMdxComponent } from '@/lib/mdx/get-mdx-component';
import type { Locale } from '@/lib/i18n/locales';
import type { FeedbackWidgetProps } from './feedback-widget';
import { createMdxComponents } from './mdx/create-mdx-components';

export interface MdxContentProps {
  code: string;
  locale: Locale;
  feedback: Omit<FeedbackWidgetProps, 'anchor'>;
}

/**
 * Renders compiled MDX with the writers' components. This is a server component rendered once
 * per page, so building the component from code here loses no client state.
 */
export function MdxContent({ code, locale, feedback }: MdxContentProps) {
  return createElement(getMdxComponent(code), { components: createMdxComponents(locale, feedback) });
}
