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

/**
 * Front matter of one article: the one declaration of its fields. The checker validates with it,
 * its type is `FrontMatter`, and contentlayer2's field list is derived from it
 * (`contentlayer-fields.ts`). Unknown fields are errors.
 */
export const frontMatterSchema = z
  .object({
    /** Stable id shared by all translations of one article; short links (/a/<id>) and feedback use it. */
    id: articleId,
    /** The page's only h1; body headings start at `##`. */
    title: nonEmpty('a title'),
    /** One sentence on one line: search results, meta description and link previews. */
    description: nonEmpty('one sentence').refine(
      (value) => !value.includes('\n'),
      'expected one sentence on one line',
    ),
    /** Date of the last real change (YYYY-MM-DD); default: the file's last git commit. */
    updated: isoDate.optional(),
    /** Date the article was last checked against the product. */
    reviewed: isoDate.optional(),
    /** Days after `reviewed` by which the article must be checked again; overdue articles are flagged. */
    reviewEvery: z
      .number({ error: 'expected a whole number of days, e.g. 180' })
      .int('expected a whole number of days, e.g. 180')
      .positive('expected a positive number of days')
      .optional(),
    /** Team or person who keeps the article true. */
    owner: nonEmpty('a team or person').optional(),
    /** Labels for grouping; searched like keywords. */
    tags: stringList('tag').optional(),
    /** Extra search terms and synonyms customers use. */
    keywords: stringList('keyword').optional(),
    /** Ids of related articles, listed under the article. */
    related: z.array(articleId, { error: 'expected a list of article ids' }).optional(),
    /** Listed on the home page. */
    featured: z.boolean({ error: 'expected true or false' }).optional(),
    /** Left out of the public build. */
    draft: z.boolean({ error: 'expected true or false' }).optional(),
    /**
     * A translation still to be written (as `npm run content:new` creates them): left out of the
     * public build, where the default-locale article is shown with a notice, and listed by
     * `content:status` as untranslated. Delete the line once the text is translated.
     */
    needsTranslation: z.boolean({ error: 'expected true or false' }).optional(),
    /** Old paths that must keep working (permanent redirects to this article). */
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
