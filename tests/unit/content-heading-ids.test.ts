import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingCountWarnings, legacyAnchors, sharedHeadingIds, withHeadingIds } from '@/lib/content/heading-ids';
import { loadCheckedContent } from '@/lib/content/load-content';
import type { Heading } from '@/lib/content/types';
import { analyzeMdx } from '@/lib/mdx/analyze-mdx';
import type { MdxStructure } from '@/lib/mdx/mdx-structure';

const h = (slug: string, explicit = false): Heading => (explicit ? { depth: 2, text: slug, slug, explicit: true } : { depth: 2, text: slug, slug });

describe('shared heading ids', () => {
  it('gives a translation the default-locale ids by position', () => {
    expect(sharedHeadingIds([h('退款政策'), h('申请退款')], [h('refund-policy'), h('request-a-refund')])).toEqual(['refund-policy', 'request-a-refund']);
  });

  it('keeps a writer’s explicit id over the position match, in the translation and the default locale', () => {
    expect(sharedHeadingIds([h('退款政策'), h('refunds', true)], [h('refund-policy'), h('request-a-refund')])).toEqual(['refund-policy', 'refunds']);
  });

  it('keeps the own id for headings beyond the default-locale outline and for ids already taken', () => {
    expect(sharedHeadingIds([h('a'), h('b'), h('extra')], [h('one'), h('two')])).toEqual(['one', 'two', 'extra']);
    expect(sharedHeadingIds([h('x')], [h('faq-refund')], ['faq-refund'])).toEqual(['x']);
    // The default locale's second id is claimed explicitly by this page's first heading.
    expect(sharedHeadingIds([h('two', true), h('y')], [h('one'), h('two')])).toEqual(['two', 'y']);
  });

  it('leaves the default-locale article as it is', () => {
    expect(sharedHeadingIds([h('refund-policy')], undefined)).toEqual(['refund-policy']);
  });

  it('renames section anchors with their headings and remembers the old id', () => {
    const structure: MdxStructure = {
      headings: [h('退款政策')],
      faqs: [],
      sections: [
        { kind: 'article', anchor: null, heading: null, text: '', prose: '' },
        { kind: 'section', anchor: '退款政策', heading: '退款政策', text: 't', prose: 't' },
      ],
    };
    const shared = withHeadingIds(structure, ['refund-policy']);
    expect(shared.headings).toEqual([{ depth: 2, text: '退款政策', slug: 'refund-policy', localSlug: '退款政策' }]);
    expect(shared.sections.map((s) => s.anchor)).toEqual([null, 'refund-policy']);
    expect(legacyAnchors(shared.headings)).toEqual({ 退款政策: 'refund-policy' });
  });

  it('survives renaming a heading in one translation: only the text and old anchor change', () => {
    const base = analyzeMdx('## Request a refund\n\nText.');
    const renamed = analyzeMdx('## 如何申请退款\n\n正文。');
    expect(sharedHeadingIds(renamed.headings, base.headings)).toEqual(['request-a-refund']);
  });
});

describe('explicit heading ids in MDX', () => {
  it('reads {/* #id */} at the end of a heading, keeps it out of the text and sets the rendered id', () => {
    const { headings, sections, issues } = analyzeMdx('## 申请退款 {/* #request-a-refund */}\n\n正文。');
    expect(headings).toEqual([{ depth: 2, text: '申请退款', slug: 'request-a-refund', explicit: true }]);
    expect(sections[1]?.anchor).toBe('request-a-refund');
    expect(issues).toEqual([]);
  });

  it('reports an explicit id that is not kebab-case', () => {
    const { issues } = analyzeMdx('## Refunds {/* #Request_Refund */}\n\nText.');
    expect(issues.map((i) => i.message).join()).toContain('explicit id "#Request_Refund"');
  });
});

describe('the sample content', () => {
  const { manifest, structureOf } = loadCheckedContent(path.join(__dirname, '..', '..', 'content'));
  const refunds = (locale: string) => manifest.articles.find((a) => a.locale === locale && a.slug === 'refunds-and-cancellations');

  it('shares the English heading ids in both Chinese translations, outline and search sections alike', () => {
    const english = refunds('en')?.headings.map((x) => x.slug);
    expect(english).toContain('request-a-refund');
    for (const locale of ['zh-Hant', 'zh-Hans']) {
      const article = refunds(locale);
      expect(article?.headings.map((x) => x.slug)).toEqual(english);
      const anchors = structureOf(article?.sourcePath ?? '').sections.filter((s) => s.kind === 'section').map((s) => s.anchor);
      expect(anchors).toEqual(english);
      expect(article?.headings.every((x) => x.localSlug && x.localSlug !== x.slug)).toBe(true);
    }
  });
});

describe('heading count warnings', () => {
  const meta = (id: string, locale: string, count: number) => ({ id, locale, sourcePath: `${locale}/x/${id}.mdx`, headings: Array.from({ length: count }, (_, i) => h(`h${i}`)) });
  it('warns about a translation whose outline is longer or shorter than the default locale’s, and only then', () => {
    const manifest = { site: { defaultLocale: 'en' }, articles: [meta('a', 'en', 2), meta('a', 'zh-Hans', 3), meta('a', 'zh-Hant', 2)] } as unknown as Parameters<typeof headingCountWarnings>[0];
    const warnings = headingCountWarnings(manifest);
    expect(warnings.map((w) => w.sourcePath)).toEqual(['zh-Hans/x/a.mdx']);
    expect(warnings[0]?.message).toContain('has 3 ##/### headings but en/x/a.mdx has 2');
  });
});
