import { buildContactLinks, type ContactContext } from '@/lib/contact/contact-links';
import type { ContactChannels } from '@/lib/content/schemas';
import { format } from '@/lib/i18n/format';
import type { ContactStrings } from '@/lib/i18n/contact-strings';

export interface ContactOptionsProps {
  channels: ContactChannels;
  context: ContactContext;
  strings: ContactStrings;
}

const ICONS: Record<'form' | 'chat' | 'email' | 'phone', string> = {
  form: 'M4 4h12v9H8l-4 3V4Z',
  chat: 'M3 5.5A2.5 2.5 0 0 1 5.5 3h9A2.5 2.5 0 0 1 17 5.5v5a2.5 2.5 0 0 1-2.5 2.5H9l-4 3v-3.2A2.5 2.5 0 0 1 3 10.5v-5Z',
  email: 'M3 5h14v10H3V5Zm0 0 7 6 7-6',
  phone: 'M6 2.5h3l1 4-2 1.3a9 9 0 0 0 4.2 4.2l1.3-2 4 1v3a2 2 0 0 1-2 2A14.5 14.5 0 0 1 4 4.5a2 2 0 0 1 2-2Z',
};

/** Every way to reach a human in this language; form and chat links carry the visit's context. */
export function ContactOptions({ channels, context, strings }: ContactOptionsProps) {
  const links = buildContactLinks(channels, context);
  return (
    <ul aria-label={strings.heading} className="flex flex-wrap gap-2">
      {links.map((link, index) => (
        <li key={link.kind}>
          <a
            href={link.href}
            className={`inline-flex items-center gap-2 rounded-lg px-3.5 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900 ${index === 0 ? 'bg-brand-600 text-white hover:bg-brand-700' : 'border border-slate-300 text-slate-800 hover:border-brand-500 hover:bg-brand-50 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800'}`}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
              <path d={ICONS[link.kind]} />
            </svg>
            {link.kind === 'email' ? format(strings.email, { address: link.value }) : link.kind === 'phone' ? format(strings.phone, { number: link.value }) : strings[link.kind]}
          </a>
          {link.kind === 'phone' && link.hours ? <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{link.hours}</span> : null}
        </li>
      ))}
    </ul>
  );
}
