/*
 * Search quality on the real sample content: the query set in tests/search-queries/queries.json
 * run against each locale's index (with the fallback to the default locale, as the worker
 * searches), printed per locale and per kind of query: hit@1, hit@5, MRR@10 and anchor@1 on
 * answerable queries, and the share of no-answer queries that end in the no-results state,
 * beside the same figures for the engine before confidence thresholds and the fallback.
 */
import {
  buildIndexesFromContent,
  isAnswerable,
  noResultsRate,
  readQueryCases,
  runQueryCases,
  summarizeOutcomes,
  type QualityFigures,
  type QueryOutcome,
} from '../../tests/search-queries/evaluate-queries';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function row(label: string, now: readonly QueryOutcome[], before: readonly QueryOutcome[]): string {
  const answerable = now.filter((o) => isAnswerable(o.item)).length;
  const none = now.length - answerable;
  const [a, b] = [summarizeOutcomes(now), summarizeOutcomes(before)];
  const cells = answerable === 0
    ? `${''.padStart(7)}  ${'-'.padStart(15)}  ${'-'.padStart(15)}  ${'-'.padStart(13)}`
    : `${String(answerable).padStart(7)}  ${`${pct(b.hitAt1)} → ${pct(a.hitAt1)}`.padStart(15)}  ${`${pct(b.hitAt5)} → ${pct(a.hitAt5)}`.padStart(15)}  ${`${b.mrrAt10.toFixed(3)} → ${a.mrrAt10.toFixed(3)}`.padStart(13)}`;
  const noAnswer = none === 0 ? '' : `${String(none).padStart(4)}  ${`${pct(noResultsRate(before))} → ${pct(noResultsRate(now))}`.padStart(15)}`;
  return `${label.padEnd(22)} ${cells}   ${noAnswer}`;
}

/**
 * Runs the query set over `contentDir` and prints one row per locale, per locale and kind, and
 * "all"; with `misses`, lists every answerable query whose answer is not ranked first and every
 * no-answer query that still got results.
 * @returns the figures per locale (and `all`), after
 */
export function printSearchQuality(contentDir: string, locales: readonly string[], misses = false): Map<string, QualityFigures> {
  const indexes = buildIndexesFromContent(contentDir, locales);
  const cases = readQueryCases();
  const outcomes = runQueryCases(indexes, cases, { defaultLocale: locales[0] });
  const before = runQueryCases(indexes, cases, { defaultLocale: locales[0], previous: true });
  const figures = new Map<string, QualityFigures>();
  console.log('\n1. Quality on the sample content (tests/search-queries/queries.json): before (no confidence threshold, no fallback) → now\n');
  console.log(`${'locale / kind'.padEnd(22)} ${'answerable'.padStart(7)}  ${'hit@1'.padStart(15)}  ${'hit@5'.padStart(15)}  ${'MRR@10'.padStart(13)}   no-answer → no-results state`);
  const pick = (list: readonly QueryOutcome[], locale: string, kind?: string) =>
    list.filter((o) => (locale === 'all' || o.item.locale === locale) && (kind === undefined || o.item.kind === kind));
  for (const locale of [...locales, 'all']) {
    console.log(row(locale, pick(outcomes, locale), pick(before, locale)));
    figures.set(locale, summarizeOutcomes(pick(outcomes, locale)));
    const kinds = [...new Set(pick(outcomes, locale).map((o) => o.item.kind))];
    if (locale !== 'all') for (const kind of kinds) console.log(row(`  ${kind}`, pick(outcomes, locale, kind), pick(before, locale, kind)));
  }
  const all = summarizeOutcomes(outcomes);
  console.log(`\nanchor@1 now ${pct(all.anchorAt1)}; gates (npm test): hit@5 ≥ 95%, hit@1 ≥ 85%, no-results ≥ 80%`);
  if (misses) {
    for (const o of outcomes.filter((outcome) => isAnswerable(outcome.item) && outcome.rank !== 1)) {
      console.log(`  rank ${o.rank ?? '-'}: [${o.item.locale}] ${o.item.kind} "${o.item.query}" wants ${o.item.expect}; top: ${o.top.join(', ')}`);
    }
    for (const o of outcomes.filter((outcome) => !isAnswerable(outcome.item) && !outcome.noResults)) {
      console.log(`  answered: [${o.item.locale}] "${o.item.query}"; top: ${o.top.join(', ') || '(other language only)'}`);
    }
  }
  return figures;
}
