import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { analyzeMdx } from '@/lib/mdx/analyze-mdx';
import { extractRecords, type ArticleInput } from '@/lib/search/extract-records';
import { SynonymsFileError, getSynonymGroups, parseSynonyms } from '@/lib/search/synonyms';

const body = `Intro with **bold** and a [link](/en/account/reset-password).

## Reset it from the **sign-in** page

<Steps>

1. Open **Settings** → \`Security\`.
2. Select **Reset**.

</Steps>

<Callout type="warning" title="Link expired?">
Links expire after 60 minutes.
</Callout>

<Figure src="/assets/x.svg" alt="A form" caption="The reset form." />

### Reset it from the sign-in page

#### A small heading

Text under h4.

<Faq>

<Question id="faq-locked" title="My account is locked. What now?">

Wait 15 minutes or reset your password.

</Question>

</Faq>
`;

const article: ArticleInput = {
  id: 'reset-password',
  locale: 'en',
  url: '/en/account/reset-password',
  title: 'Reset your password',
  description: 'Get back in.',
  category: 'account',
  categoryTitle: 'Account',
  keywords: ['forgot password'],
  tags: ['password'],
  sections: analyzeMdx(body).sections,
};

describe('search records', () => {
  const records = extractRecords(article);

  it('makes one record for the article, each h2/h3 section and each FAQ question', () => {
    expect(records.map((record) => [record.kind, record.anchor])).toEqual([
      ['article', null],
      ['section', 'reset-it-from-the-sign-in-page'],
      ['section', 'reset-it-from-the-sign-in-page-1'],
      ['faq', 'faq-locked'],
    ]);
  });

  it('uses the same anchors as rehype-slug, counting every heading level', () => {
    const slugger = new GithubSlugger();
    const expected = ['Reset it from the sign-in page', 'Reset it from the sign-in page', 'A small heading'].map((text) => slugger.slug(text));
    expect(records[1]?.anchor).toBe(expected[0]);
    expect(records[2]?.anchor).toBe(expected[1]);
    expect(records[2]?.fields.body).toContain('Text under h4');
  });

  it('gives sections and FAQ entries their own URL and heading', () => {
    expect(records[3]?.url).toBe('/en/account/reset-password#faq-locked');
    expect(records[3]?.heading).toBe('My account is locked. What now?');
    expect(records[1]?.heading).toBe('Reset it from the sign-in page');
  });

  it('writes plain-text snippets without MDX or markdown syntax', () => {
    expect(records[1]?.snippet).toBe('Open Settings → Security. Select Reset. Links expire after 60 minutes.');
    expect(records[0]?.snippet).toBe('Get back in.');
  });

  it('indexes callout titles and figure captions but keeps FAQ answers out of the section', () => {
    expect(records[1]?.fields.body).toContain('Link expired?');
    expect(records[1]?.fields.body).toContain('The reset form.');
    expect(records[2]?.fields.body).not.toContain('Wait 15 minutes');
    expect(records[3]?.fields.body).toBe('Wait 15 minutes or reset your password.');
  });

  it('puts keywords and tags on the article record', () => {
    expect(records[0]?.fields.keywords).toContain('forgot password');
    expect(records[0]?.fields.keywords).toContain('password');
    expect(records[0]?.fields.body).toBe('Intro with bold and a link.');
  });
});

describe('synonyms file', () => {
  it('applies language groups to every locale of the language plus its own', () => {
    const synonyms = parseSynonyms('zh:\n  - [设置, 设定]\nzh-Hant:\n  - [影片, 视频]\nen:\n  - [refund, money back]\n');
    expect(getSynonymGroups(synonyms, 'zh-Hant')).toEqual([['设置', '设定'], ['影片', '视频']]);
    expect(getSynonymGroups(synonyms, 'zh-Hans')).toEqual([['设置', '设定']]);
    expect(getSynonymGroups(synonyms, 'en')).toEqual([['refund', 'money back']]);
  });

  it('names the file and the field of a wrong entry', () => {
    expect(() => parseSynonyms('en:\n  - [refund]\n', 'content/synonyms.yml')).toThrow(SynonymsFileError);
    expect(() => parseSynonyms('en:\n  - [refund]\n', 'content/synonyms.yml')).toThrow(/content\/synonyms\.yml: en\[0\]: expected a group of at least two terms/);
    expect(() => parseSynonyms('en: [[refund, ""]]\n')).toThrow(/en\[0\]\[1\]/);
  });

  it('treats an empty file as no synonyms', () => {
    expect(parseSynonyms('')).toEqual({});
  });
});
