import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '@/lib/search/build-index';
import { bundleSearchWorker } from '@/lib/search/bundle-worker';
import { createTermIndex, importTermEntries, levelWeight, lookupTerm, toMapEntry, weightLevel } from '@/lib/search/flex-fields';
import { getTerm } from '@/lib/search/index-lookup';
import { loadSearchIndex } from '@/lib/search/load-index';
import { tokenizeFolded } from '@/lib/search/tokenize';
import { RANKING_FIXTURE } from '../search-queries/ranking-fixture';

describe('FlexSearch as the term store', () => {
  it('passes already-encoded terms through unchanged (a stem does not match a shorter stem)', () => {
    const index = createTermIndex();
    index.add(0, 'set foo');
    index.add(1, 'se');
    expect(lookupTerm(index, 'set', 10)).toEqual([0]);
    expect(lookupTerm(index, 'se', 10)).toEqual([1]);
  });

  it('keeps each posting in the slot of its weight level, heaviest first, and merges imported entries', () => {
    const index = createTermIndex();
    importTermEntries(index, [toMapEntry('alpha', [[3, 0.5], [1, 6], [2, 0.5]])]);
    importTermEntries(index, [toMapEntry('beta', [[0, 1]])]);
    expect(lookupTerm(index, 'alpha', 10)).toEqual([1, 2, 3]);
    expect(lookupTerm(index, 'beta', 10)).toEqual([0]);
    for (const weight of [0.2, 1, 2, 4.5, 20]) expect(Math.abs(levelWeight(weightLevel(weight)) / weight - 1)).toBeLessThan(0.07);
    expect(levelWeight(weightLevel(2))).toBeCloseTo(2, 6);
  });

  it('ships document frequency beside the postings and weights a title match highest', () => {
    const index = loadSearchIndex(buildSearchIndex(RANKING_FIXTURE, { locale: 'en' }));
    const term = tokenizeFolded(index.fold('password'))[0]?.term ?? '';
    const entry = getTerm(index, term);
    const postings = entry?.postings ?? new Int32Array();
    const df = postings.length / 2;
    expect(df).toBeGreaterThan(1);
    expect(entry?.idf).toBeCloseTo(Math.log(1 + (index.recordCount - df + 0.5) / (df + 0.5)), 6);
    let best = 0;
    for (let i = 2; i < postings.length; i += 2) if ((postings[i + 1] ?? 0) > (postings[best + 1] ?? 0)) best = i;
    const article = index.recordArticle[postings[best] ?? 0] ?? -1;
    expect(index.articles[article]?.[0]).toBe('reset-password');
    expect(getTerm(index, 'nosuchterm')).toBeUndefined();
  });
});

describe('capped postings', () => {
  it('keeps the heaviest postings of a common term and its full document frequency', () => {
    const full = loadSearchIndex(buildSearchIndex(RANKING_FIXTURE, { locale: 'en' }));
    const capped = loadSearchIndex(buildSearchIndex(RANKING_FIXTURE, { locale: 'en', maxPostings: 2 }));
    const term = tokenizeFolded(full.fold('password'))[0]?.term ?? '';
    const whole = getTerm(full, term);
    const top = getTerm(capped, term);
    expect((whole?.postings.length ?? 0) / 2).toBeGreaterThan(2);
    expect((top?.postings.length ?? 0) / 2).toBe(2);
    expect(top?.idf).toBeCloseTo(whole?.idf ?? 0, 9);
    const weights = (postings: Int32Array) => Array.from({ length: postings.length / 2 }, (_, i) => postings[i * 2 + 1] ?? 0).sort((a, b) => b - a);
    expect(weights(top?.postings ?? new Int32Array())).toEqual(weights(whole?.postings ?? new Int32Array()).slice(0, 2));
  });
});

describe('the shipped worker', () => {
  it('bundles FlexSearch (its compact build) with the query code', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'resolve-worker-'));
    try {
      const worker = await bundleSearchWorker(outDir, '/search');
      const code = readFileSync(path.join(outDir, path.basename(worker.url)), 'utf8');
      // "bidirectional" is a FlexSearch context option name that Resolve's own code never uses.
      expect(code).toContain('bidirectional');
      expect(worker.gzipBytes).toBeLessThan(25_000);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 30_000);
});
