/*
 * Search quality on the real sample content: the query set in tests/search-queries/queries.json
 * run against each locale's index, printed as hit@1, hit@5, MRR@10 (and anchor@1) per locale.
 */
import { buildIndexesFromContent, readQueryCases, runQueryCases, summarizeOutcomes, type QualityFigures } from '../../tests/search-queries/evaluate-queries';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/**
 * Runs the query set over `contentDir` and prints one row per locale plus "all"; with `misses`,
 * lists every query whose answer is not ranked first.
 * @returns the figures per locale (and `all`)
 */
export function printSearchQuality(contentDir: string, locales: readonly string[], misses = false): Map<string, QualityFigures> {
  const outcomes = runQueryCases(buildIndexesFromContent(contentDir, locales), readQueryCases());
  const figures = new Map<string, QualityFigures>();
  console.log('\n1. Quality on the sample content (tests/search-queries/queries.json)\n');
  console.log('locale    queries  hit@1   hit@5   MRR@10  anchor@1');
  for (const locale of [...locales, 'all']) {
    const row = summarizeOutcomes(locale === 'all' ? outcomes : outcomes.filter((o) => o.item.locale === locale));
    figures.set(locale, row);
    console.log(
      `${locale.padEnd(9)} ${String(row.queries).padStart(7)}  ${pct(row.hitAt1).padStart(6)}  ${pct(row.hitAt5).padStart(6)}  ${row.mrrAt10.toFixed(3).padStart(6)}  ${pct(row.anchorAt1).padStart(7)}`,
    );
  }
  if (misses) {
    for (const o of outcomes.filter((outcome) => outcome.rank !== 1)) {
      console.log(`  rank ${o.rank ?? '-'}: [${o.item.locale}] "${o.item.query}" wants ${o.item.expect}; top: ${o.top.join(', ')}`);
    }
  }
  return figures;
}
