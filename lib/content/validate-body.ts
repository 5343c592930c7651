import { ContentError } from './content-error';
import { extractFaqs, extractHeadings, headingLevels } from './outline';

const faqIdPattern = /^faq-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks the parts of an MDX body the site depends on: heading levels, unique anchors, FAQ ids. */
export function validateBody(file: string, body: string): ContentError[] {
  const problems: ContentError[] = [];
  if (headingLevels(body).some((level) => level === 1)) {
    problems.push(new ContentError(file, 'body', 'found a "# " heading; the title comes from front matter, so start sections at "## "'));
  }
  const seen = new Set<string>();
  for (const heading of extractHeadings(body)) {
    if (heading.slug === '') problems.push(new ContentError(file, 'body', `heading "${heading.text}" has no text to make an anchor from`));
    seen.add(heading.slug);
  }
  const faqIds = new Set<string>();
  extractFaqs(body).forEach((faq, index) => {
    const where = `<Question> #${index + 1}`;
    if (!faq.title) problems.push(new ContentError(file, where, 'expected a title="…" attribute with the question'));
    if (!faq.id || !faqIdPattern.test(faq.id)) {
      problems.push(new ContentError(file, where, `expected id="faq-…" in kebab-case (the entry's anchor), got ${faq.id ? `"${faq.id}"` : 'none'}`));
    } else if (faqIds.has(faq.id) || seen.has(faq.id)) {
      problems.push(new ContentError(file, where, `id "${faq.id}" is used twice on this page; anchors must be unique`));
    } else faqIds.add(faq.id);
  });
  return problems;
}
