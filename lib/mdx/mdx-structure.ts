import type { FaqAnswer, Heading } from '../content/types';
import { BLOCKS, isJsx, readJsxAttribute, textOf, type WalkNode } from './hast-text';

export type { WalkNode } from './hast-text';

/** One searchable part of an article body: the introduction, a `##`/`###` section or an FAQ entry. */
export interface SearchSection {
  kind: 'article' | 'section' | 'faq';
  /** Heading id (the writer's explicit id, else rehype-slug's; in the build, the id shared by all translations) or FAQ id; null for the introduction. */
  anchor: string | null;
  /** Heading text or FAQ question; null for the introduction. */
  heading: string | null;
  /** Visible text, with the `title` and `caption` of components (callouts, figures) included. */
  text: string;
  /** Prose only, without component titles: what a result snippet shows. */
  prose: string;
}

/** A place in the source: 1-based line and column of the MDX body. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** A body problem found while walking the tree, with where it is. */
export interface StructureIssue extends Partial<SourcePoint> {
  /** What the writer sees first, e.g. `<Question> #2` or `body`. */
  where: string;
  message: string;
}

/** What the structure pass emits beside each compiled body. */
export interface MdxStructure {
  /** `##` and `###` headings with their ids (explicit, else rehype-slug's; see lib/content/heading-ids for the shared ones). */
  headings: Heading[];
  /** `<Question>` entries with id, title and the answer as plain text. */
  faqs: FaqAnswer[];
  sections: SearchSection[];
}

/** The structure plus what only the checker needs. */
export interface MdxAnalysis extends MdxStructure {
  /** Site-internal link targets (`/en/…`) without query or fragment, with where they are. */
  links: Array<{ url: string } & Partial<SourcePoint>>;
  issues: StructureIssue[];
}

const HEADING_DEPTH: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const FAQ_ID = /^faq-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A writer's explicit heading id: `## Request a refund {/* #request-a-refund *\/}` (an MDX comment, so it never shows). */
const EXPLICIT_ID = /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/;
const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The explicit id a writer put in a heading as `{/* #my-id *\/}`, if any (the comment itself renders nothing). */
export function explicitHeadingId(node: WalkNode): string | undefined {
  for (const child of node.children ?? []) {
    if (child.type !== 'mdxTextExpression' || typeof child.value !== 'string') continue;
    const match = EXPLICIT_ID.exec(child.value);
    if (match) return match[1];
  }
  return undefined;
}

const pointOf = (node: WalkNode): Partial<SourcePoint> =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : {};

interface Collector {
  sections: SearchSection[];
  current: { section: SearchSection; text: string[]; prose: string[] };
}

function openSection(collector: Collector, section: Omit<SearchSection, 'text' | 'prose'>) {
  flushSection(collector);
  collector.current = { section: { ...section, text: '', prose: '' }, text: [], prose: [] };
}

function pushSpace(collector: Collector) {
  collector.current.text.push(' ');
  collector.current.prose.push(' ');
}

function flushSection(collector: Collector) {
  const { section, text, prose } = collector.current;
  section.text = text.join('').replace(/\s+/g, ' ').trim();
  section.prose = prose.join('').replace(/\s+/g, ' ').trim();
  if (!collector.sections.includes(section)) collector.sections.push(section);
}

/**
 * Walks a compiled article's hast tree once (after rehype-slug) and returns its outline, FAQ
 * entries, search sections, internal links and body problems. This one function is the only
 * reader of MDX structure: the contentlayer2 plugin, `content:check` and the tests call it.
 * @param providedComponents names of the components MDX may use; any other capitalised tag is reported
 */
export function analyzeHast(tree: WalkNode, providedComponents: readonly string[]): MdxAnalysis {
  const headings: Heading[] = [];
  const faqs: FaqAnswer[] = [];
  const links: MdxAnalysis['links'] = [];
  const issues: StructureIssue[] = [];
  const anchors = new Set<string>();
  const intro: SearchSection = { kind: 'article', anchor: null, heading: null, text: '', prose: '' };
  const collector: Collector = { sections: [], current: { section: intro, text: [], prose: [] } };
  let questionCount = 0;
  const provided = new Set(providedComponents);

  const visit = (node: WalkNode, inFaq: boolean): void => {
    if (node.type === 'mdxjsEsm') {
      issues.push({ where: 'body', ...pointOf(node), message: 'an article cannot use import or export; use the components Resolve provides and delete this line' });
      return;
    }
    if (node.type === 'element' && node.tagName && HEADING_DEPTH[node.tagName]) {
      const depth = HEADING_DEPTH[node.tagName] ?? 0;
      const text = textOf(node);
      const explicit = explicitHeadingId(node);
      if (explicit !== undefined && !ANCHOR_ID.test(explicit)) {
        issues.push({ where: 'body', ...pointOf(node), message: `heading "${text}": explicit id "#${explicit}" must be lowercase letters, digits and single hyphens, e.g. {/* #request-a-refund */}` });
      }
      // The explicit id replaces rehype-slug's in the compiled tree, so the rendered heading carries it.
      if (explicit !== undefined) node.properties = { ...node.properties, id: explicit };
      const slug = typeof node.properties?.id === 'string' ? node.properties.id : '';
      if (anchors.has(slug) && explicit !== undefined) issues.push({ where: 'body', ...pointOf(node), message: `id "${explicit}" is used twice on this page; anchors must be unique` });
      if (depth === 1) issues.push({ where: 'body', ...pointOf(node), message: `"# ${text}": the title comes from front matter: turn this heading into "## " or delete it` });
      if (!slug) issues.push({ where: 'body', ...pointOf(node), message: `heading "${text}" has no text to make an anchor from` });
      anchors.add(slug);
      if (!inFaq && (depth === 2 || depth === 3)) {
        headings.push(explicit !== undefined ? { depth, text, slug, explicit: true } : { depth, text, slug });
        openSection(collector, { kind: 'section', anchor: slug, heading: text });
        return;
      }
    }
    if (isJsx(node) && node.name && /^[A-Z]/.test(node.name) && !provided.has(node.name)) {
      issues.push({ where: `<${node.name}>`, ...pointOf(node), message: `Resolve does not provide a component named ${node.name}; use one of ${providedComponents.map((n) => `<${n}>`).join(', ')}` });
    }
    if (isJsx(node) && node.name === 'Question') {
      questionCount += 1;
      const where = `<Question> #${questionCount}`;
      const id = readJsxAttribute(node, 'id');
      const title = readJsxAttribute(node, 'title');
      if (!title) issues.push({ where, ...pointOf(node), message: 'expected a title="…" attribute with the question' });
      if (!id || !FAQ_ID.test(id)) {
        issues.push({ where, ...pointOf(node), message: `expected id="faq-…" in kebab-case (the entry's anchor), got ${id ? `"${id}"` : 'none'}` });
      } else if (anchors.has(id)) {
        issues.push({ where, ...pointOf(node), message: `id "${id}" is used twice on this page; anchors must be unique` });
      }
      if (id) anchors.add(id);
      const previous = collector.current;
      if (id && title) {
        const answer = textOf(node);
        faqs.push({ id, title, answer });
        openSection(collector, { kind: 'faq', anchor: id, heading: title });
      }
      node.children?.forEach((child) => visit(child, true));
      if (id && title) {
        flushSection(collector);
        collector.current = previous;
      }
      return;
    }
    if (node.type === 'text' && typeof node.value === 'string') {
      collector.current.text.push(node.value);
      collector.current.prose.push(node.value);
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'comment') return;
    const block = (node.type === 'element' && BLOCKS.has(node.tagName ?? '')) || node.type === 'mdxJsxFlowElement';
    if (block) pushSpace(collector);
    if (isJsx(node)) {
      for (const name of ['title', 'caption']) {
        const value = readJsxAttribute(node, name);
        if (value) collector.current.text.push(` ${value} `);
      }
    }
    node.children?.forEach((child) => visit(child, inFaq));
    if (block) pushSpace(collector);
  };

  const collectLinks = (node: WalkNode): void => {
    const href = node.type === 'element' && node.tagName === 'a' ? node.properties?.href : undefined;
    if (typeof href === 'string' && href.startsWith('/')) links.push({ url: href.split(/[?#]/)[0] ?? href, ...pointOf(node) });
    node.children?.forEach(collectLinks);
  };
  collectLinks(tree);
  tree.children?.forEach((child) => visit(child, false));
  flushSection(collector);
  const sections = [intro, ...collector.sections.filter((s) => s !== intro)];
  return { headings, faqs, sections, links, issues };
}
