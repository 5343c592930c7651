/*
 * Realistic search-box queries for the synthetic corpus, drawn from the corpus's own
 * vocabulary: whole words, several words, unfinished last words and question-like strings in
 * English; single and run-together words, questions, mixed English + Chinese, the other
 * script's words and half-typed words in Chinese. Deterministic for a given corpus.
 */
import type { ArticleInput } from '@/lib/search/extract-records';
import { createRandom } from './random';

/** Chinese function words: text between them is taken as one word (the corpus has no spaces). */
const ZH_FUNCTION_WORDS = /可以|如果|然後|然后|的|在|後|后|時|时|請|请|並|并|會|会|[\s\p{P}\d]+/u;
const ZH_QUESTION_OPENERS = ['如何', '怎麼', '怎么', '為什麼', '我要'];
/** Frequent English words a visitor would not search for on their own. */
const EN_STOP_WORDS = new Set('that this then when with your from after before have will what there they into'.split(' '));
const EN_QUESTION_OPENERS = ['how do i', 'how to', 'why is my', 'can i', 'where is the'];

/** The `limit` most frequent items of a list, most frequent first. */
function mostFrequent(items: Iterable<string>, limit: number, minCount = 3): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([item]) => item);
}

/** Running text of a locale's articles: descriptions and body paragraphs, without headings and MDX tags (generated headings and titles are cut mid-word). */
function textOf(articles: readonly ArticleInput[], locale: string): string {
  return articles
    .filter((article) => article.locale === locale)
    .map((article) => `${article.description}\n${article.sections.map((section) => section.prose).join('\n')}`)
    .join('\n');
}

/** Vocabulary of one locale: frequent English words (4+ letters) and, for Chinese, frequent words of 2–4 characters. */
function readVocabulary(articles: readonly ArticleInput[], locale: string): { latin: string[]; han: string[] } {
  const text = textOf(articles, locale);
  const latin = mostFrequent((text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []).filter((word) => !EN_STOP_WORDS.has(word)), 300);
  const han = locale.startsWith('zh')
    ? mostFrequent(
        (text.match(/\p{sc=Han}+/gu) ?? []).flatMap((run) => run.split(ZH_FUNCTION_WORDS)).filter((word) => word.length >= 2 && word.length <= 4),
        300,
      )
    : [];
  return { latin, han };
}

/** Queries for one locale's browser runs. */
export interface QuerySet {
  /** Mixed queries as typed into the search box (latency). */
  latency: string[];
  /** What a visitor types first: one or two words of the locale, the last maybe unfinished. */
  intent: string[];
}

/**
 * Builds realistic queries for `locale` from the vocabulary of `articles`. Chinese latency
 * queries also use words of the other Chinese locale (the other script, and its regional
 * words, some of which this locale does not use).
 */
export function createQuerySet(articles: readonly ArticleInput[], locale: string, counts: { latency: number; intent: number }, seed = 7): QuerySet {
  const random = createRandom(seed + locale.length);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error(`The ${locale} corpus has too few words to build benchmark queries from.`);
    return items[Math.floor(random() * items.length)] as T;
  };
  const prefix = (word: string) => word.slice(0, Math.max(1, Math.min(word.length - 1, 2 + Math.floor(random() * 3))));
  const own = readVocabulary(articles, locale);
  const zh = locale.startsWith('zh');
  const words = zh ? own.han : own.latin;
  const join = (...parts: string[]) => parts.join(zh ? '' : ' ');
  const intentMakers = [() => pick(words), () => join(pick(words), pick(words)), () => join(pick(words), prefix(pick(words)))];
  let latencyMakers: Array<() => string>;
  if (zh) {
    const other = readVocabulary(articles, locale === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant').han;
    latencyMakers = [
      ...intentMakers,
      () => pick(words),
      () => `${pick(ZH_QUESTION_OPENERS)}${pick(words)}${pick(words)}`,
      () => `${pick(own.latin)} ${pick(words)}`,
      () => pick(other.length > 0 ? other : words),
    ];
  } else {
    latencyMakers = [
      ...intentMakers,
      () => `${pick(words)} ${pick(words)} ${pick(words)}`,
      () => prefix(pick(words)),
      () => `${pick(EN_QUESTION_OPENERS)} ${pick(words)} my ${pick(words)}`,
    ];
  }
  return {
    latency: Array.from({ length: counts.latency }, () => pick(latencyMakers)()),
    intent: Array.from({ length: counts.intent }, () => pick(intentMakers)()),
  };
}
