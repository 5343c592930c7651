import { extractRecords, type ArticleInput } from '../../lib/search/extract-records';

/** Small deterministic PRNG (mulberry32) so every run builds the same corpus. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ren sta vor pel tin gra do shu ber lan qui zo fen mar tro vel nix'.split(' ');

/**
 * Builds `count` synthetic articles for one locale from the sample articles of
 * that locale: each takes 3 to 6 sections from random sample articles and
 * replaces about one word in twelve with an invented word, so that the
 * vocabulary keeps growing with the corpus as real content does (new product
 * names, features, error messages). For size and latency benchmarks only.
 */
export function generateSyntheticArticles(samples: readonly ArticleInput[], locale: string, count: number, seed = 1): ArticleInput[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pool = samples.filter((article) => article.locale === locale);
  const sections = pool.flatMap((article) =>
    article.body.split(/\n(?=## )/).map((chunk) => chunk.trim()).filter((chunk) => chunk.startsWith('## ')),
  );
  const cjk = /^zh/.test(locale);
  const characters = Array.from(new Set(Array.from(pool.map((article) => article.body).join('')).filter((ch) => /\p{sc=Han}/u.test(ch))));
  const inventWord = (): string =>
    cjk ? Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(characters)).join('') : Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  const mutate = (text: string): string =>
    cjk
      ? text.replace(/[\p{sc=Han}]{2,4}/gu, (word) => (random() < 0.08 ? inventWord() : word))
      : text.replace(/\b[a-z]{4,}\b/g, (word) => (random() < 0.08 ? inventWord() : word));
  return Array.from({ length: count }, (_, i) => {
    const base = pick(pool);
    const chosen = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(sections));
    const seen = new Set<string>();
    const body = chosen
      .map((section) => {
        // Keep headings unique within the article.
        const heading = section.split('\n')[0] ?? '';
        const unique = seen.has(heading) ? `${heading} ${i}` : heading;
        seen.add(unique);
        return mutate(`${unique}${section.slice(heading.length)}`);
      })
      .join('\n\n');
    return {
      ...base,
      id: `${base.id}-${i}`,
      url: `${base.url}-${i}`,
      title: mutate(`${base.title} ${inventWord()}`),
      description: mutate(base.description),
      body: `${mutate(base.body.split('\n## ')[0] ?? '')}\n\n${body}`,
    };
  });
}

/** Number of search records the articles produce (for reporting). */
export function countRecords(articles: readonly ArticleInput[]): number {
  return articles.reduce((sum, article) => sum + extractRecords(article).length, 0);
}
