import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ArticleInput } from '../../lib/search/extract-records';
import type { SearchIndexPayload } from '../../lib/search/index-payload';
import { loadSearchIndex, searchIndex, searchIndexAsync } from '../../lib/search/query';
import type { SynonymsByLocale } from '../../lib/search/synonyms';
import { writeSearchIndexes } from '../../lib/search/write-search-indexes';

/** Size and speed of one locale's written index. */
export interface ScaleFigures {
  locale: string;
  articles: number;
  records: number;
  files: number;
  totalBytes: number;
  totalGzipBytes: number;
  /** The payload file loaded first. */
  firstFileGzipBytes: number;
  /** Gzipped bytes fetched from a cold start until the results of one query are complete (payload + shards). */
  coldBytesP50: number;
  coldBytesP95: number;
  buildMs: number;
  loadMs: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** 200 queries: the complete ones, then keystroke prefixes of them (what a search box sends while typing). */
export function expandToKeystrokes(queries: readonly string[], count = 200): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && queries.length > 0; i += 1) {
    const query = queries[i % queries.length] ?? '';
    const cut = Math.floor(i / queries.length);
    out.push(cut === 0 ? query : query.slice(0, Math.max(1, query.length - cut)));
  }
  return out;
}

/**
 * Writes the articles' indexes to a temporary folder as the build would, then
 * measures per locale: file sizes, gzipped bytes fetched before the first
 * complete result for each query from a cold start, and warm query latency.
 */
export async function measureScale(
  articles: readonly ArticleInput[],
  locales: readonly string[],
  synonyms: SynonymsByLocale,
  queriesByLocale: ReadonlyMap<string, string[]>,
): Promise<ScaleFigures[]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'search-bench-'));
  try {
    const started = performance.now();
    const manifest = writeSearchIndexes({ articles, locales, synonyms, outDir });
    const buildMs = (performance.now() - started) / locales.length;
    const gzipped = new Map(readdirSync(outDir).map((name) => [name, gzipSync(readFileSync(path.join(outDir, name)), { level: 9 }).length]));
    const readPart = async (file: string): Promise<unknown> => JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));
    const figures: ScaleFigures[] = [];
    for (const locale of locales) {
      const files = manifest.locales[locale];
      if (!files) continue;
      const first = path.basename(files.url);
      const readPayload = () => JSON.parse(readFileSync(path.join(outDir, first), 'utf8')) as SearchIndexPayload;
      const queries = queriesByLocale.get(locale) ?? [];
      const cold: number[] = [];
      for (const query of queries) {
        const fetched = new Set<string>();
        await searchIndexAsync(loadSearchIndex(readPayload()), query, async (file) => (fetched.add(file), readPart(file)));
        cold.push([first, ...fetched].reduce((sum, file) => sum + (gzipped.get(file) ?? 0), 0));
      }
      const loadStarted = performance.now();
      const index = loadSearchIndex(readPayload());
      const loadMs = performance.now() - loadStarted;
      const keystrokes = expandToKeystrokes(queries);
      for (const query of keystrokes) await searchIndexAsync(index, query, readPart);
      const times = keystrokes.map((query) => {
        const queryStarted = performance.now();
        searchIndex(index, query);
        return performance.now() - queryStarted;
      });
      [cold, times].forEach((list) => list.sort((a, b) => a - b));
      figures.push({
        locale,
        articles: files.articles,
        records: files.records,
        files: files.files,
        totalBytes: files.totalBytes,
        totalGzipBytes: files.totalGzipBytes,
        firstFileGzipBytes: files.gzipBytes,
        coldBytesP50: percentile(cold, 0.5),
        coldBytesP95: percentile(cold, 0.95),
        buildMs,
        loadMs,
        latencyP50Ms: percentile(times, 0.5),
        latencyP95Ms: percentile(times, 0.95),
      });
    }
    return figures;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
