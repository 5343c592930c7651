import { z } from 'zod';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD that exists. */
export const isoDate = z
  .string({ error: 'expected a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'expected a real calendar date (YYYY-MM-DD)');

const nonEmpty = (what: string) =>
  z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}, not an empty string`);

const stringList = (what: string) =>
  z.array(nonEmpty(what), { error: `expected a list of ${what}s, e.g. [a, b]` });

/** Article id: kebab-case, shared by all translations of one article. */
export const articleId = z
  .string({ error: 'expected a kebab-case id such as reset-password' })
  .regex(slugPattern, 'expected a kebab-case id such as reset-password (a-z, 0-9 and -)');

/** Front matter of one article, exactly the fields PRODUCT.md lists. Unknown fields are errors. */
export const frontMatterSchema = z
  .object({
    id: articleId,
    title: nonEmpty('a title'),
    description: nonEmpty('one sentence').refine(
      (value) => !value.includes('\n'),
      'expected one sentence on one line',
    ),
    updated: isoDate.optional(),
    reviewed: isoDate.optional(),
    reviewEvery: z
      .number({ error: 'expected a whole number of days, e.g. 180' })
      .int('expected a whole number of days, e.g. 180')
      .positive('expected a positive number of days')
      .optional(),
    owner: nonEmpty('a team or person').optional(),
    tags: stringList('tag').optional(),
    keywords: stringList('keyword').optional(),
    related: z.array(articleId, { error: 'expected a list of article ids' }).optional(),
    featured: z.boolean({ error: 'expected true or false' }).optional(),
    draft: z.boolean({ error: 'expected true or false' }).optional(),
    redirectFrom: z
      .array(
        z
          .string({ error: 'expected a path starting with /' })
          .regex(/^\/[^\s?#]*[^\s?#/]$/, 'expected a path starting with / without query, hash or trailing slash'),
        { error: 'expected a list of old paths, e.g. [/en/account/forgot-password]' },
      )
      .optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** `_category.yml` in each category folder. */
export const categorySchema = z
  .object({
    title: nonEmpty('a title'),
    description: nonEmpty('one sentence'),
    order: z.number({ error: 'expected a number used to sort categories, e.g. 1' }).int(),
  })
  .strict();

export type CategoryFile = z.infer<typeof categorySchema>;

const localizedText = z.union([nonEmpty('text'), z.record(z.string(), nonEmpty('text'))], {
  error: 'expected text, or a map of locale to text',
});

/** The ways to reach a human in one locale: any of a form, an email address, a chat and a phone line. */
export const contactChannelsSchema = z
  .object({
    form: z.url({ message: 'expected the absolute URL of the contact form' }).optional(),
    email: z.email({ message: 'expected an email address such as support@example.com' }).optional(),
    chat: z.url({ message: 'expected the absolute URL of the chat' }).optional(),
    phone: z
      .object({ number: nonEmpty('a phone number such as +1 415 555 0134'), hours: nonEmpty('opening hours, e.g. Mon–Fri 9:00–18:00').optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((channels) => Object.keys(channels).length > 0, 'expected at least one of form, email, chat, phone');

export type ContactChannels = z.infer<typeof contactChannelsSchema>;

/** `site.yml` at the top of the content folder. */
export const siteSchema = z
  .object({
    name: localizedText,
    tagline: localizedText.optional(),
    locales: z.array(z.string(), { error: 'expected a list of locales, e.g. [en, zh-Hant]' }).min(1),
    defaultLocale: z.string({ error: 'expected one of the locales' }),
    contactUrl: z.url({ message: 'expected an absolute URL (https://… or mailto:…)' }),
    editUrlBase: z.url({ message: 'expected an absolute URL to the content folder in your git host' }).optional(),
    /** Contact channels per locale; a locale without its own uses the default locale's, then contactUrl. */
    contact: z.record(z.string(), contactChannelsSchema, { error: 'expected a map of locale to contact channels' }).optional(),
    /** "Edit this page" is for the content team: shown only when asked for. */
    showEditLink: z.boolean({ error: 'expected true or false' }).optional(),
  })
  .strict();

export type SiteFile = z.infer<typeof siteSchema>;

/** True for names usable as category folder and article file names. */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}
