/** Quotes a YAML flow scalar when it needs it. */
function toYamlScalar(text: string): string {
  return /^[\w\u3400-\u9fff\uf900-\ufaff][\w\s\u3400-\u9fff\uf900-\ufaff.'-]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}

/** The synonyms.yml key a locale's groups live under (`zh:` covers both Chinese scripts). */
export function getSynonymKey(locale: string): string {
  return locale.startsWith('zh') ? 'zh' : locale.split('-')[0] ?? locale;
}

/**
 * A ready-to-paste group for `content/synonyms.yml` (under the key it names): the query that
 * found nothing beside a placeholder for the word the articles use.
 */
export function toSynonymLine(locale: string, query: string): string {
  return `  - [${toYamlScalar(query)}, WORD_THE_ARTICLES_USE]   # under ${getSynonymKey(locale)}:`;
}

/** A front-matter stub for a new article that would answer the query. */
export function toArticleStub(locale: string, query: string): string {
  const slug = query.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-article';
  const title = query.charAt(0).toUpperCase() + query.slice(1);
  return [
    `# content/${locale}/<category>/${slug}.mdx`,
    '---',
    `id: ${slug}`,
    `title: ${toYamlScalar(title)}`,
    'description: One sentence that answers the question.',
    `keywords: [${toYamlScalar(query)}]`,
    '---',
  ].join('\n');
}
