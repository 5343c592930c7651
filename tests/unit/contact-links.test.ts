import { describe, expect, it } from 'vitest';
import { buildContactLinks } from '@/lib/contact/contact-links';
import { contactChannelsSchema, siteSchema } from '@/lib/content/schemas';

describe('contact channels', () => {
  const context = { query: 'money back', article: 'refunds', tried: ['plans', 'billing-faq'] };

  it('hand the search, the article and the articles tried to the form and the chat', () => {
    const [form, chat] = buildContactLinks({ form: 'https://x.example/contact?from=help', chat: 'https://x.example/chat' }, context);
    const url = new URL(form?.href ?? '');
    expect(url.searchParams.get('from')).toBe('help');
    expect(url.searchParams.get('query')).toBe('money back');
    expect(url.searchParams.get('article')).toBe('refunds');
    expect(url.searchParams.get('tried')).toBe('plans,billing-faq');
    expect(chat?.href).toContain('tried=plans%2Cbilling-faq');
  });

  it('put the context at the end of an email and dial a phone number without spaces', () => {
    const links = buildContactLinks({ email: 'help@x.example', phone: { number: '+1 (415) 555-0134', hours: 'Mon–Fri' } }, context);
    expect(links[0]?.href).toMatch(/^mailto:help@x\.example\?body=/);
    expect(decodeURIComponent(links[0]?.href.split('body=')[1] ?? '')).toContain('tried: plans, billing-faq');
    expect(links[1]).toEqual({ kind: 'phone', href: 'tel:+14155550134', value: '+1 (415) 555-0134', hours: 'Mon–Fri' });
  });

  it('give an email link without a body when there is nothing to hand over', () => {
    expect(buildContactLinks({ email: 'help@x.example' }, { tried: [] })[0]?.href).toBe('mailto:help@x.example');
  });

  it('are refused in site.yml when empty, unknown or malformed', () => {
    expect(contactChannelsSchema.safeParse({}).success).toBe(false);
    expect(contactChannelsSchema.safeParse({ fax: '123' }).success).toBe(false);
    expect(contactChannelsSchema.safeParse({ email: 'not an address' }).success).toBe(false);
    const site = { name: 'X', locales: ['en'], defaultLocale: 'en', contactUrl: 'https://x.example' };
    expect(siteSchema.safeParse({ ...site, contact: { en: { form: 'https://x.example/f' } }, showEditLink: true }).success).toBe(true);
    expect(siteSchema.safeParse({ ...site, showEditLink: 'yes' }).success).toBe(false);
  });
});
