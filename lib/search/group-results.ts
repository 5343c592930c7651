import { firstPostingFrom } from './index-lookup';
import type { LoadedSearchIndex } from './load-index';
import type { SearchOptions } from './query';
import type { ArticleHit } from './rank-articles';
import { SearchShardNotLoadedError } from './search-errors';
import type { Concept } from './resolve-plan';

/** A section or FAQ entry of a result article. */
export interface SearchSectionHit {
  kind: 'section' | 'faq';
  anchor: string;
  heading: string;
  /** Article URL with `#anchor`. */
  url: string;
  snippet: string;
  score: number;
}

/** One article in the results, with its best matching sections. */
export interface SearchResult {
  articleId: string;
  url: string;
  /** Where to send the visitor: the article, or its best section when that matched better than the article as a whole. */
  bestUrl: string;
  title: string;
  category: string;
  categoryTitle: string;
  /** The article's description. */
  snippet: string;
  score: number;
  sections: SearchSectionHit[];
  /** Index terms that matched in this article; pass them to `findHighlightRanges`. */
  terms: string[];
  /** Set (to the default locale, e.g. `en`) when the hit was found in the default locale's index and is shown as this translation. */
  matchedIn?: string;
}

const SECTION_CUTOFF = 0.35;

function hasTermInRange(postings: Int32Array, start: number, end: number): boolean {
  const low = firstPostingFrom(postings, start);
  return low < postings.length / 2 && (postings[low * 2] ?? end) < end;
}

function collectTerms(index: LoadedSearchIndex, concepts: readonly Concept[], article: number): string[] {
  const start = index.articleStarts[article] ?? 0;
  const end = index.articleStarts[article + 1] ?? start;
  const terms = new Set<string>();
  for (const { alternatives } of concepts) {
    for (const { terms: names, entries } of alternatives) {
      entries.forEach((entry, i) => hasTermInRange(entry.postings, start, end) && terms.add(names[i] ?? ''));
    }
  }
  return [...terms];
}

/** Turns ranked articles into results; their display data (from term or record shards) must be loaded. */
export function buildResults(index: LoadedSearchIndex, concepts: readonly Concept[], hits: readonly ArticleHit[], options: SearchOptions): SearchResult[] {
  return hits.map((hit): SearchResult => {
    const article = index.articles[hit.article];
    if (!article) throw new SearchShardNotLoadedError(`The display data of article ${hit.article} is`);
    const [id, url, title, category, categoryTitle] = article;
    const articleRecord = index.articleStarts[hit.article] ?? 0;
    const row = (record: number) => {
      const found = index.recordRows[record];
      if (!found) throw new SearchShardNotLoadedError(`The records of article ${id} are`);
      return found;
    };
    const sectionRecords = hit.records.filter(({ record }) => record !== articleRecord);
    const cutoff = (sectionRecords[0]?.score ?? 0) * SECTION_CUTOFF;
    const sections = sectionRecords
      .filter(({ score }) => score >= cutoff)
      .slice(0, options.maxSections ?? 3)
      .map(({ record, score }): SearchSectionHit => {
        const [kind, anchor, heading, snippet] = row(record);
        return { kind: kind === 2 ? 'faq' : 'section', anchor, heading, url: `${url}#${anchor}`, snippet, score };
      });
    const bestIsSection = hit.records[0] !== undefined && hit.records[0].record !== articleRecord;
    return {
      articleId: id,
      url,
      bestUrl: bestIsSection && sections[0] ? sections[0].url : url,
      title,
      category,
      categoryTitle,
      snippet: row(articleRecord)[3],
      score: hit.score,
      sections,
      terms: collectTerms(index, concepts, hit.article),
    };
  });
}
