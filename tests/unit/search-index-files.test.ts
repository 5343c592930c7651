import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build-index';
import type { SearchIndexPayload } from '@/lib/search/index-payload';
import { SearchIndexFormatError, SearchShardNotLoadedError } from '@/lib/search/search-errors';
import { loadSearchIndex, searchIndex, searchIndexAsync } from '@/lib/search/query';
import { writeSearchIndexes } from '@/lib/search/write-search-indexes';
import { RANKING_FIXTURE, RANKING_SYNONYMS } from '../search-queries/ranking-fixture';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));

describe('search index files', () => {
  it('writes one content-hashed file per locale and nothing else when the index is small', () => {
    const manifest = writeSearchIndexes({ articles: RANKING_FIXTURE, locales: ['en', 'zh-Hant'], synonyms: RANKING_SYNONYMS, outDir });
    expect(manifest.locales.en?.url).toMatch(/^\/search\/en\.[0-9a-f]{10}\.json$/);
    expect(manifest.locales.en?.files).toBe(1);
    expect(readdirSync(outDir).sort()).toEqual(
      [path.basename(manifest.locales.en?.url ?? ''), path.basename(manifest.locales['zh-Hant']?.url ?? '')].sort(),
    );
  });

  it('shards a large index and answers the same as the single-file index, fetching only what a query needs', async () => {
    const manifest = writeSearchIndexes({
      articles: RANKING_FIXTURE,
      locales: ['en'],
      synonyms: RANKING_SYNONYMS,
      outDir,
      singleFileBytes: 0,
      shardBytes: { term: 300, record: 300 },
    });
    const meta = readJson(path.basename(manifest.locales.en?.url ?? '')) as SearchIndexPayload;
    expect(meta.termShards.starts.length).toBeGreaterThan(3);
    expect(meta.termShards.parts).toBeUndefined();
    expect(readdirSync(path.join(outDir, meta.shardFolder ?? '')).filter((name) => /^t\d+\.json$/.test(name))).toHaveLength(meta.termShards.starts.length);
    const sharded = loadSearchIndex(meta);
    const fetched: string[] = [];
    const fetchPart = async (file: string) => (fetched.push(file), readJson(file));
    const single = loadSearchIndex(buildSearchIndex(RANKING_FIXTURE, { locale: 'en', synonyms: RANKING_SYNONYMS.en }));
    for (const query of ['How can I get my money back?', 'pasword', 'download invoices', 'reset passw']) {
      const expected = searchIndex(single, query);
      const actual = await searchIndexAsync(sharded, query, fetchPart);
      expect(actual.results.map((r) => [r.articleId, r.bestUrl, r.score.toFixed(6)])).toEqual(
        expected.results.map((r) => [r.articleId, r.bestUrl, r.score.toFixed(6)]),
      );
    }
    expect(fetched.length).toBeLessThan(meta.termShards.starts.length);
    // One round: the term shards carry the display data of what they rank; no record shard is fetched.
    expect(fetched.every((file) => /\/t\d+\.json$/.test(file))).toBe(true);
  });

  it('refuses to answer from shards that are not loaded, saying what to call', () => {
    const meta = readJson(readdirSync(outDir).find((name) => /^en\.[0-9a-f]+\.json$/.test(name)) ?? '') as SearchIndexPayload;
    expect(() => searchIndex(loadSearchIndex(meta), 'refund')).toThrow(SearchShardNotLoadedError);
  });

  it('rejects a payload from another version of the indexer', () => {
    const payload = { ...buildSearchIndex(RANKING_FIXTURE, { locale: 'en' }), version: 1 } as unknown as SearchIndexPayload;
    expect(() => loadSearchIndex(payload)).toThrow(SearchIndexFormatError);
  });
});
