import { TF_SCALE } from './index-lookup';
import type { LoadedSearchIndex } from './load-index';
import type { Concept } from './resolve-plan';

/** An article's ranking, with its scored records best first (filled for the articles returned only). */
export interface ArticleHit {
  article: number;
  score: number;
  records: Array<{ record: number; score: number }>;
}

/** BM25 term-frequency saturation. */
const K1 = 1.2;
/** How much a record or article keeps when it covers none of the query's weight. */
const COVERAGE_FLOOR = 0.3;
const SECOND_RECORD_WEIGHT = 0.3;

interface Scratch {
  best: Float64Array;
  sum: Float64Array;
  score: Float64Array;
  covered: Float64Array;
  mask: Uint32Array;
  articleBest: Float64Array;
  articleSecond: Float64Array;
  articleMask: Uint32Array;
}

const scratches = new WeakMap<LoadedSearchIndex, Scratch>();

function getScratch(index: LoadedSearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const [r, a] = [index.recordCount, index.articleCount];
    scratch = {
      ...{ best: new Float64Array(r), sum: new Float64Array(r), score: new Float64Array(r), covered: new Float64Array(r) },
      ...{ mask: new Uint32Array(r), articleBest: new Float64Array(a), articleSecond: new Float64Array(a), articleMask: new Uint32Array(a) },
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

function scoreConcept(s: Scratch, concept: Concept, touchedInConcept: number[]): void {
  for (const alternative of concept.alternatives) {
    const summed: number[] = [];
    const single = alternative.entries.length === 1;
    for (const entry of alternative.entries) {
      const factor = alternative.weight * entry.idf;
      const postings = entry.postings;
      for (let i = 0; i < postings.length; i += 2) {
        const record = postings[i] ?? 0;
        const tf = (postings[i + 1] ?? 0) / TF_SCALE;
        const value = (factor * tf) / (tf + K1);
        if (single) {
          if (s.best[record] === 0) touchedInConcept.push(record);
          if (value > (s.best[record] ?? 0)) s.best[record] = value;
        } else {
          if (s.sum[record] === 0) summed.push(record);
          s.sum[record] = (s.sum[record] ?? 0) + value;
        }
      }
    }
    // A phrase alternative counts as the sum of its terms; alternatives compete and the best one counts.
    for (const record of summed) {
      if (s.best[record] === 0) touchedInConcept.push(record);
      if ((s.sum[record] ?? 0) > (s.best[record] ?? 0)) s.best[record] = s.sum[record] ?? 0;
      s.sum[record] = 0;
    }
  }
}

/**
 * Scores records (sum over concepts of the best alternative's BM25F
 * contribution, times the record's idf-weighted coverage of the query) and
 * ranks articles by best record plus a share of the second best, times the
 * coverage of all their records together. Returns every matching article,
 * best first, with record details for the first `detailed` ones.
 */
export function rankArticles(index: LoadedSearchIndex, concepts: readonly Concept[], category: string | undefined, detailed: number): ArticleHit[] {
  const s = getScratch(index);
  const total = concepts.reduce((sum, concept) => sum + concept.importance, 0) || 1;
  const records: number[] = [];
  concepts.forEach((concept, bit) => {
    const touched: number[] = [];
    scoreConcept(s, concept, touched);
    for (const record of touched) {
      if (s.mask[record] === 0) records.push(record);
      s.score[record] = (s.score[record] ?? 0) + (s.best[record] ?? 0);
      s.covered[record] = (s.covered[record] ?? 0) + concept.importance;
      s.mask[record] = ((s.mask[record] ?? 0) | (1 << bit)) >>> 0;
      s.best[record] = 0;
    }
  });
  const articles: number[] = [];
  for (const record of records) {
    const article = index.recordArticle[record] ?? 0;
    s.score[record] = (s.score[record] ?? 0) * (COVERAGE_FLOOR + ((1 - COVERAGE_FLOOR) * (s.covered[record] ?? 0)) / total);
    if (category !== undefined && index.articleCategory[article] !== category) continue;
    const value = s.score[record] ?? 0;
    if (s.articleMask[article] === 0) articles.push(article);
    s.articleMask[article] = ((s.articleMask[article] ?? 0) | (s.mask[record] ?? 0)) >>> 0;
    if (value > (s.articleBest[article] ?? 0)) [s.articleSecond[article], s.articleBest[article]] = [s.articleBest[article] ?? 0, value];
    else if (value > (s.articleSecond[article] ?? 0)) s.articleSecond[article] = value;
  }
  const hits: ArticleHit[] = articles.map((article) => {
    const mask = s.articleMask[article] ?? 0;
    const union = concepts.reduce((sum, concept, bit) => sum + (mask & (1 << bit) ? concept.importance : 0), 0);
    const base = (s.articleBest[article] ?? 0) + SECOND_RECORD_WEIGHT * (s.articleSecond[article] ?? 0);
    return { article, score: base * (COVERAGE_FLOOR + ((1 - COVERAGE_FLOOR) * union) / total), records: [] };
  });
  hits.sort((a, b) => b.score - a.score || a.article - b.article);
  for (const hit of hits.slice(0, detailed)) {
    for (let record = index.articleStarts[hit.article] ?? 0; record < (index.articleStarts[hit.article + 1] ?? 0); record += 1) {
      if ((s.mask[record] ?? 0) !== 0) hit.records.push({ record, score: s.score[record] ?? 0 });
    }
    hit.records.sort((a, b) => b.score - a.score);
  }
  for (const record of records) [s.score[record], s.covered[record], s.mask[record]] = [0, 0, 0];
  for (const article of articles) [s.articleBest[article], s.articleSecond[article], s.articleMask[article]] = [0, 0, 0];
  return hits;
}
