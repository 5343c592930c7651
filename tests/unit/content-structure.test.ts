import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentValidationError } from '@/lib/content/content-error';
import { checkContentDir } from '@/lib/content/load-content';
import { buildFaqPageJsonLd } from '@/lib/content/structured-data';
import { analyzeMdx } from '@/lib/mdx/analyze-mdx';
import { PROVIDED_COMPONENTS } from '@/lib/mdx/provided-components';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const structure = analyzeMdx(readFileSync(path.join(FIXTURES, 'structure', 'faq-titles.mdx'), 'utf8'));

describe('the structure pass over one MDX body', () => {
  it('reads FAQ titles with ">", either kind of quotes and backticks word for word', () => {
    expect(structure.faqs.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'faq-gt', title: 'Settings > Billing: where is it?' },
      { id: 'faq-single', title: 'Can I use "double" quotes?' },
      { id: 'faq-code', title: 'What does `npm ci` do?' },
    ]);
  });

  it('gives each FAQ entry its answer as plain text, without markdown or links syntax', () => {
    expect(structure.faqs.map((faq) => faq.answer)).toEqual(['Open Settings, then Billing.', 'Yes, see the guide.', 'It installs from the lockfile.']);
  });

  it('outlines headings with inline code, bold and links as their text, with rehype-slug ids', () => {
    expect(structure.headings).toEqual([
      { depth: 2, text: 'Open Settings > Billing and plans', slug: 'open-settings--billing-and-plans' },
      { depth: 3, text: 'After the questions', slug: 'after-the-questions' },
    ]);
  });

  it('emits search sections: introduction, sections and FAQ entries, answers kept out of the section', () => {
    expect(structure.sections.map((s) => [s.kind, s.anchor])).toEqual([
      ['article', null],
      ['section', 'open-settings--billing-and-plans'],
      ['faq', 'faq-gt'],
      ['faq', 'faq-single'],
      ['faq', 'faq-code'],
      ['section', 'after-the-questions'],
    ]);
    expect(structure.sections[0]?.text).toBe('Read this first, with inline code and a link.');
    expect(structure.sections[1]?.text).toBe('Pick a plan. Settings > Billing Callout text.');
    expect(structure.sections[1]?.prose).toBe('Pick a plan. Callout text.');
  });

  it('lists internal links, including those in headings and answers, with their line', () => {
    expect(structure.links.map((l) => [l.url, l.line])).toEqual([
      ['/en/general/hello', 1],
      ['/en/billing/pay', 3],
      ['/en/general/hello', 23],
    ]);
  });

  it('builds FAQPage JSON-LD with every entry of the fixture', () => {
    const data = buildFaqPageJsonLd({ locale: 'en' }, structure.faqs, 'https://h.example/en/x') as { mainEntity: Array<{ name: string }> };
    expect(data.mainEntity.map((q) => q.name)).toEqual(['Settings > Billing: where is it?', 'Can I use "double" quotes?', 'What does `npm ci` do?']);
  });
});

describe('checking a folder of broken MDX files', () => {
  const problems = (() => {
    try {
      checkContentDir(path.join(FIXTURES, 'broken'));
    } catch (error) {
      if (error instanceof ContentValidationError) return error.problems.map((p) => p.message);
      throw error;
    }
    throw new Error('expected the broken fixture to be rejected');
  })();

  it('reports every broken file in one run', () => {
    expect(problems).toHaveLength(4);
  });

  it('names the file, line and column of an MDX syntax error', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^en\/general\/unclosed-tag\.mdx:11:1 → body: MDX syntax error: Unexpected closing tag `<\/div>`/));
  });

  it('refuses import and export in an article, with its line', () => {
    expect(problems).toContainEqual(expect.stringMatching(/^en\/general\/imports\.mdx:7:1 → body: an article cannot use import or export/));
  });

  it('refuses a component Resolve does not provide and lists those it does', () => {
    const message = problems.find((p) => p.startsWith('en/general/unknown-component.mdx:9:1 → <FileTree>'));
    expect(message).toBeDefined();
    for (const name of PROVIDED_COMPONENTS) expect(message).toContain(`<${name}>`);
  });

  it('says how to fix a "# " heading in the body', () => {
    expect(problems).toContainEqual('en/general/title-heading.mdx:7:1 → body: "# Title heading": the title comes from front matter: turn this heading into "## " or delete it');
  });
});
