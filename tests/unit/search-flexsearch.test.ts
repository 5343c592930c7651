import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '@/lib/search/build-index';
import { bundleSearchWorker } from '@/lib/search/bundle-worker';
import { createFieldIndex, decodeFieldLengths, encodeFieldLengths, exportFieldMap, importFieldMap, lookupField } from '@/lib/search/flex-fields';
import { getTerm } from '@/lib/search/index-lookup';
import { loadSearchIndex } from '@/lib/search/load-index';
import { tokenizeFolded } from '@/lib/search/tokenize';
import { RANKING_FIXTURE } from '../search-queries/ranking-fixture';

describe('FlexSearch as the term store', () => {
  it('passes already-encoded terms through unchanged (a stem does not match a shorter stem)', () => {
    const index = createFieldIndex();
    index.add(0, 'set foo');
    index.add(1, 'se');
    expect(lookupField(index, 'set', 10)).toEqual([0]);
    expect(lookupField(index, 'se', 10)).toEqual([1]);
  });

  it('merges imported map entries, so shards loaded one by one answer like the whole index', () => {
    const whole = createFieldIndex();
    whole.add(0, 'alpha beta');
    whole.add(1, 'beta gamma');
    whole.add(2, 'gamma alpha');
    const entries = exportFieldMap(whole);
    const parts = createFieldIndex();
    for (const entry of entries) importFieldMap(parts, [entry]);
    for (const term of ['alpha', 'beta', 'gamma']) expect(lookupField(parts, term, 10)).toEqual(lookupField(whole, term, 10));
  });

  it('derives document frequency from the result lists and weights a title match highest', () => {
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

describe('field lengths beside the index', () => {
  it('round-trips short lengths exactly and long ones within 10%', () => {
    const lengths = [0, 1, 7, 31, 32, 50, 120, 400];
    const encoded = encodeFieldLengths(lengths);
    expect(encoded).toHaveLength(lengths.length);
    const decoded = decodeFieldLengths(encoded);
    expect(decoded.slice(0, 4)).toEqual([0, 1, 7, 31]);
    decoded.forEach((length, i) => expect(Math.abs(length - (lengths[i] ?? 0))).toBeLessThanOrEqual(0.1 * (lengths[i] ?? 0)));
    expect(decodeFieldLengths(encodeFieldLengths([5000]))[0]).toBeGreaterThan(400);
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
