import type { ContactChannels } from '@/lib/content/schemas';
import { buildContactUrl } from '@/lib/feedback/visit-context';

/** What the visitor already did, handed to whoever answers them. */
export interface ContactContext {
  query?: string;
  article?: string;
  tried: string[];
}

export type ContactLink =
  | { kind: 'form' | 'chat' | 'email'; href: string; value: string }
  | { kind: 'phone'; href: string; value: string; hours?: string };

function mailBody(context: ContactContext): string {
  const lines = [
    context.query ? `query: ${context.query}` : '',
    context.article ? `article: ${context.article}` : '',
    context.tried.length > 0 ? `tried: ${context.tried.join(', ')}` : '',
  ].filter(Boolean);
  return lines.length > 0 ? `\n\n---\n${lines.join('\n')}` : '';
}

/**
 * The contact channels of a locale as links, in the order a visitor would try them (form, chat,
 * email, phone). Form and chat URLs get `query`, `article` and `tried` as query parameters; the
 * email gets them at the end of its body.
 */
export function buildContactLinks(channels: ContactChannels, context: ContactContext): ContactLink[] {
  const links: ContactLink[] = [];
  if (channels.form) links.push({ kind: 'form', href: buildContactUrl(channels.form, context), value: channels.form });
  if (channels.chat) links.push({ kind: 'chat', href: buildContactUrl(channels.chat, context), value: channels.chat });
  if (channels.email) {
    const body = mailBody(context);
    links.push({ kind: 'email', href: `mailto:${channels.email}${body ? `?body=${encodeURIComponent(body)}` : ''}`, value: channels.email });
  }
  if (channels.phone) {
    links.push({ kind: 'phone', href: `tel:${channels.phone.number.replace(/[^\d+]/g, '')}`, value: channels.phone.number, ...(channels.phone.hours ? { hours: channels.phone.hours } : {}) });
  }
  return links;
}
