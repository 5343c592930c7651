import { describe, expect, it } from 'vitest';
import { findOverdueArticles } from '@/lib/content/build-manifest';
import { ContentValidationError } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/load-content';
import { indexManifest } from '@/lib/content/manifest-store';
import { article, makeContentDir } from './helpers/content-fixture';

const NOW = new Date('2026-03-01T00:00:00Z');

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir, NOW);
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems.map((p) => p.message);
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

describe('loading a valid content folder', () => {
  const manifest = loadContent(makeContentDir(), NOW);

  it('publishes every article except drafts', () => {
    expect(manifest.articles.map((a) => a.path).sort()).toEqual(['/en/billing/pay', '/en/general/hello', '/zh-Hant/general/hello']);
  });

  it('lists the headings with the anchors rehype-slug gives them, ignoring code blocks', () => {
    const hello = manifest.articles.find((a) => a.path === '/en/general/hello');
    expect(hello?.headings).toEqual([
      { depth: 2, text: 'Getting started', slug: 'getting-started' },
      { depth: 3, text: 'Step one', slug: 'step-one' },
    ]);
    expect(hello?.faqs).toEqual([{ id: 'faq-why', title: 'Why?' }]);
  });

  it('computes when an article is due for review and flags it once overdue', () => {
    const hello = manifest.articles.find((a) => a.path === '/en/general/hello');
    expect(hello?.reviewDue).toBe('2026-01-31');
    expect(findOverdueArticles(manifest, '2026-03-01').map((a) => a.path)).toEqual(['/en/general/hello']);
    expect(findOverdueArticles(manifest, '2026-01-30')).toEqual([]);
  });

  it('turns redirectFrom into a permanent redirect map', () => {
    expect(manifest.redirects).toEqual([{ from: '/en/general/hi', to: '/en/general/hello' }]);
  });

  it('keeps the front-matter updated date and strips the trailing slash of the edit URL', () => {
    expect(manifest.articles.find((a) => a.path === '/en/general/hello')?.updated).toBe('2026-01-15');
    expect(manifest.site.editUrlBase).toBe('https://git.example.com/edit/main/content');
  });

  it('serves untranslated articles and categories in other locales as fallbacks', () => {
    const index = indexManifest(manifest);
    const pay = index.byLocale.get('zh-Hant')?.get('pay');
    expect(pay).toMatchObject({ path: '/zh-Hant/billing/pay', isFallback: true });
    expect(index.byLocale.get('zh-Hant')?.get('hello')).toMatchObject({ path: '/zh-Hant/general/hello', isFallback: false });
    expect(index.categories.get('zh-Hant')?.map((c) => `${c.slug}:${c.title}`)).toEqual(['general:一般', 'billing:Billing']);
  });
});

describe('rejecting broken content with file, field and expectation', () => {
  it('names a missing required field', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay') });
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^en\/billing\/pay\.mdx → description: required field is missing/));
  });

  it('refuses unknown fields instead of ignoring them', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.\nauthor: Kim') });
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/en\/billing\/pay\.mdx → author: unknown field; allowed fields are id, title/));
  });

  it('explains a wrongly typed field', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.\nfeatured: yes please\nupdated: 2026-02-30\nreviewEvery: soon') });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/pay\.mdx → featured: expected true or false/));
    expect(problems).toContainEqual(expect.stringMatching(/pay\.mdx → updated: expected a real calendar date/));
    expect(problems).toContainEqual(expect.stringMatching(/pay\.mdx → reviewEvery: expected a whole number of days/));
  });

  it('reports invalid YAML and a missing front matter block', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': '---\ntitle: [unclosed\n---\nx', 'en/billing/other.mdx': 'no front matter' });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/pay\.mdx → front matter: front matter is not valid YAML/));
    expect(problems).toContainEqual(expect.stringMatching(/other\.mdx → front matter: expected the file to start with a front matter block/));
  });

  it('refuses two articles with the same id in one locale', () => {
    const dir = makeContentDir({ 'en/billing/pay-again.mdx': article('id: pay\ntitle: Pay\ndescription: D.') });
    expect(problemsOf(dir)).toContainEqual('en/billing/pay.mdx → id: "pay" is already the id of en/billing/pay-again.mdx; ids must be unique within a locale');
  });

  it('refuses a translation filed under another category', () => {
    const dir = makeContentDir({ 'zh-Hant/general/pay.mdx': article('id: pay\ntitle: 付款\ndescription: 說明。') });
    expect(problemsOf(dir)).toEqual(['zh-Hant/general/pay.mdx → id: this translation of "pay" is in category "general" but en/billing/pay.mdx is in "billing"; translations must share a category']);
  });

  it('refuses related ids that do not exist or are drafts', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.\nrelated: [nope, secret]') });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual('en/billing/pay.mdx → related[0]: no article has the id "nope"');
    expect(problems).toContainEqual('en/billing/pay.mdx → related[1]: "secret" is a draft (or still needs translation) and is not published');
  });

  it('refuses a redirectFrom that would hide a real page', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.\nredirectFrom: [/en/general/hello, /zh-Hant/billing/pay]') });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual('en/billing/pay.mdx → redirectFrom[0]: "/en/general/hello" is the path of a real page; a redirect would hide it');
    expect(problems).toContainEqual('en/billing/pay.mdx → redirectFrom[1]: "/zh-Hant/billing/pay" is the path of a real page; a redirect would hide it');
  });

  it('refuses links to pages that do not exist', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.', 'See [this](/en/general/missing#x) and [old](/en/general/hi).\n') });
    expect(problemsOf(dir)).toEqual(['en/billing/pay.mdx:7:5 → body: links to "/en/general/missing", which is not a page of this site; fix the path or link to /a/<id>']);
  });

  it('refuses FAQ entries without a proper id and an h1 in the body', () => {
    const dir = makeContentDir({ 'en/billing/pay.mdx': article('id: pay\ntitle: Pay\ndescription: D.', '# Title again\n\n<Faq>\n<Question title="Q?">\n\nA.\n\n</Question>\n</Faq>\n') });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual('en/billing/pay.mdx:7:1 → body: "# Title again": the title comes from front matter: turn this heading into "## " or delete it');
    expect(problems).toContainEqual('en/billing/pay.mdx:10:1 → <Question> #1: expected id="faq-…" in kebab-case (the entry\'s anchor), got none');
  });

  it('refuses stray files, a missing _category.yml and a locale that site.yml does not list', () => {
    const dir = makeContentDir({ 'en/billing/notes.txt': 'x', 'en/faq/a.mdx': article('id: a\ntitle: A\ndescription: D.'), 'fr/general/_category.yml': 'title: G\ndescription: G.\norder: 1\n' });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^en\/billing\/notes\.txt: unexpected file/));
    expect(problems).toContainEqual(expect.stringMatching(/^en\/faq\/_category\.yml: file is missing/));
    expect(problems).toContainEqual(expect.stringMatching(/^fr: unexpected entry at the top of the content folder/));
  });

  it('refuses a category folder that would hide the search page', () => {
    const dir = makeContentDir({ 'en/search/_category.yml': 'title: Search\ndescription: S.\norder: 3\n' });
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^en\/search\/_category\.yml: "search" is a reserved path/));
  });

  it('rejects a site.yml whose default locale is not one of its locales', () => {
    const dir = makeContentDir({ 'site.yml': 'name: X\nlocales: [en, de]\ndefaultLocale: fr\ncontactUrl: https://x.example\n' });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual('site.yml → locales[1]: "de" has no UI dictionary; expected one of en, zh-Hant, zh-Hans');
    expect(problems).toContainEqual('site.yml → defaultLocale: expected one of the locales (en, de), got "fr"');
  });
});
