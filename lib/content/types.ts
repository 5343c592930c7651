import type { Locale } from '@/lib/i18n/locales';
import type { ContactChannels } from './schemas';

/** site.yml after validation, with every text resolved for every locale. */
export interface SiteConfig {
  name: Record<string, string>;
  tagline: Record<string, string>;
  locales: Locale[];
  defaultLocale: Locale;
  contactUrl: string;
  editUrlBase?: string;
  /** Ways to reach a human, for every locale of the site. */
  contact: Record<string, ContactChannels>;
  /** Whether articles show "Edit this page" (needs editUrlBase). */
  showEditLink: boolean;
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  /**
   * The heading's anchor. From the compiler: the writer's explicit id, else rehype-slug's. In the
   * manifest and search input: the id shared by every translation (lib/content/heading-ids).
   */
  slug: string;
  /** Set when the writer gave the id explicitly (`{/* #my-id *\/}`). */
  explicit?: true;
  /** The id this translation's own text would give (its old anchor), when it differs from `slug`. */
  localSlug?: string;
}

export interface FaqEntry {
  /** The `id` prop of `<Question>`: the entry's anchor, shared by all translations. */
  id: string;
  title: string;
}

/** An FAQ entry with its answer as plain text, for FAQPage structured data. */
export interface FaqAnswer extends FaqEntry {
  answer: string;
}

/** Everything a page needs about an article except its compiled body. */
export interface ArticleMeta {
  id: string;
  locale: Locale;
  category: string;
  slug: string;
  /** URL path, e.g. `/en/account/reset-password`. */
  path: string;
  /** Source file relative to the content folder. */
  sourcePath: string;
  title: string;
  description: string;
  /** YYYY-MM-DD: front matter `updated`, else the file's last git commit, else null. */
  updated: string | null;
  reviewed: string | null;
  reviewEvery: number | null;
  /** YYYY-MM-DD by which the article must be checked again, when it has a review cycle. */
  reviewDue: string | null;
  owner: string | null;
  tags: string[];
  keywords: string[];
  related: string[];
  featured: boolean;
  redirectFrom: string[];
  headings: Heading[];
  faqs: FaqEntry[];
}

export interface CategoryMeta {
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  order: number;
}

export interface Redirect {
  from: string;
  to: string;
}

/** The build's summary of the content, read by pages, short links, the sitemap and the feedback route. */
export interface ContentManifest {
  generatedAt: string;
  site: SiteConfig;
  categories: CategoryMeta[];
  /** Published articles only: drafts are left out. */
  articles: ArticleMeta[];
  redirects: Redirect[];
}
