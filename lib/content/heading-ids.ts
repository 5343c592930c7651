import type { MdxStructure } from '@/lib/mdx/mdx-structure';
import type { StructureOf } from './build-manifest';
import type { ContentManifest, Heading } from './types';

/**
 * The ids a translation's headings take, so every language shares one anchor per heading:
 * a heading the writer gave an explicit id keeps it; any other takes the id of the
 * default-locale article's heading at the same position in the outline (`##` and `###` in
 * order), or its own when the default-locale article has no heading there. An id already taken
 * on the page (by an earlier heading or an FAQ entry) falls back to the heading's own id, so
 * anchors stay unique. With `base` undefined (the default-locale article itself) ids stay as they are.
 */
export function sharedHeadingIds(own: Heading[], base: Heading[] | undefined, reserved: Iterable<string> = []): string[] {
  const taken = new Set(reserved);
  const explicit = new Set(own.filter((h) => h.explicit).map((h) => h.slug));
  return own.map((heading, index) => {
    const wanted = heading.explicit || !base ? heading.slug : (base[index]?.slug ?? heading.slug);
    // A shared id that another heading of this page claims explicitly would collide: keep our own.
    const id = !taken.has(wanted) && (heading.explicit || !explicit.has(wanted)) ? wanted : heading.slug;
    taken.add(id);
    return id;
  });
}

/** A structure with its headings' and sections' ids replaced by `ids` (one per heading, in order); old ids kept as `localSlug`. */
export function withHeadingIds(structure: MdxStructure, ids: string[]): MdxStructure {
  const renamed = new Map<string, string>();
  const headings = structure.headings.map((heading, index): Heading => {
    const id = ids[index] ?? heading.slug;
    if (id === heading.slug) return heading;
    renamed.set(heading.slug, id);
    return { ...heading, slug: id, localSlug: heading.slug };
  });
  const sections = structure.sections.map((section) =>
    section.kind === 'section' && section.anchor !== null && renamed.has(section.anchor) ? { ...section, anchor: renamed.get(section.anchor) ?? section.anchor } : section,
  );
  return { headings, faqs: structure.faqs, sections };
}

/** What {@link sharedStructures} needs to know of each article: its file, language and shared id. */
export interface ArticleRef {
  file: string;
  locale: string;
  frontMatter: { id: string };
}

/**
 * Wraps `structureOf` so each translation's structure carries the shared heading ids of
 * {@link sharedHeadingIds}, matched against the default-locale article with the same `id`. The
 * manifest (outline), the search input (section anchors) and the rendered page all read these.
 */
export function sharedStructures(articles: ArticleRef[], defaultLocale: string, structureOf: StructureOf): StructureOf {
  const baseFile = new Map(articles.filter((a) => a.locale === defaultLocale).map((a) => [a.frontMatter.id, a.file]));
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const cache = new Map<string, MdxStructure>();
  return (sourcePath) => {
    const cached = cache.get(sourcePath);
    if (cached) return cached;
    const own = structureOf(sourcePath);
    const article = byFile.get(sourcePath);
    const base = article && article.locale !== defaultLocale ? baseFile.get(article.frontMatter.id) : undefined;
    const ids = sharedHeadingIds(own.headings, base ? structureOf(base).headings : undefined, own.faqs.map((f) => f.id));
    const shared = withHeadingIds(own, ids);
    cache.set(sourcePath, shared);
    return shared;
  };
}

/** Old anchors of a page (a translation's own heading ids) mapped to the shared ids, for links made before ids were shared. */
export function legacyAnchors(headings: Heading[]): Record<string, string> {
  return Object.fromEntries(headings.filter((h) => h.localSlug && h.localSlug !== h.slug).map((h) => [h.localSlug as string, h.slug]));
}

/** A translation whose outline differs in length from the default-locale article's, so matching ids by position may be wrong. */
export interface HeadingCountWarning {
  sourcePath: string;
  message: string;
}

/** Translations with more or fewer `##`/`###` headings than their default-locale article (content:check warns). */
export function headingCountWarnings(manifest: Pick<ContentManifest, 'articles' | 'site'>): HeadingCountWarning[] {
  const base = new Map(manifest.articles.filter((a) => a.locale === manifest.site.defaultLocale).map((a) => [a.id, a]));
  return manifest.articles.flatMap((article) => {
    const original = base.get(article.id);
    if (!original || original === article || original.headings.length === article.headings.length) return [];
    return [
      {
        sourcePath: article.sourcePath,
        message: `has ${article.headings.length} ##/### headings but ${original.sourcePath} has ${original.headings.length}; headings take the default-locale anchors by position, so match its outline or give headings explicit ids ({/* #my-id */})`,
      },
    ];
  });
}
