import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from './build-index';
import type { ArticleInput } from './extract-records';
import { SEARCH_INDEX_VERSION, type SearchIndexPayload } from './index-payload';
import { getSynonymGroups, parseSynonyms, type SynonymsByLocale } from './synonyms';

/** Sizes of what one locale's index wrote. */
export interface SearchIndexFiles {
  /** URL of the payload file to load first (its shards sit next to it). */
  url: string;
  bytes: number;
  gzipBytes: number;
  /** All files of the locale together, shards included. */
  totalBytes: number;
  totalGzipBytes: number;
  files: number;
  articles: number;
  records: number;
}

/** `manifest.json` in the output folder: the payload URL per locale. */
export interface SearchManifest {
  version: number;
  locales: Record<string, SearchIndexFiles>;
}

/** Input of {@link writeSearchIndexes}. */
export interface WriteSearchIndexesInput {
  /** Published articles of all locales (drafts already left out). */
  articles: readonly ArticleInput[];
  locales: readonly string[];
  /** From {@link readSynonymsFile}. */
  synonyms?: SynonymsByLocale;
  /** Default `public/search`; every `.json` file in it is replaced. */
  outDir?: string;
  /** URL path of `outDir`, default `/search`. */
  publicPath?: string;
  /** Payloads up to this many bytes ship as one file (default 150,000); larger ones are sharded. */
  singleFileBytes?: number;
  /** Raw bytes per term shard and per record shard (defaults in `shard-payload.ts`). */
  shardBytes?: { term?: number; record?: number };
}

/**
 * Reads and validates `<contentDir>/synonyms.yml`; a missing file means no
 * synonyms. Throws `SynonymsFileError` (file, field, expectation) when invalid.
 */
export function readSynonymsFile(contentDir: string): SynonymsByLocale {
  const file = path.join(contentDir, 'synonyms.yml');
  return existsSync(file) ? parseSynonyms(readFileSync(file, 'utf8'), file) : {};
}

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 10);

function writeLocale(payload: SearchIndexPayload, outDir: string, singleFileBytes: number): { name: string; sizes: number[][] } {
  const sizes: number[][] = [];
  const write = (stem: string, json: string): string => {
    const name = `${stem}.${hashOf(json)}.json`;
    writeFileSync(path.join(outDir, name), json);
    sizes.push([Buffer.byteLength(json), gzipSync(json, { level: 9 }).length]);
    return name;
  };
  let json = JSON.stringify(payload);
  if (Buffer.byteLength(json) > singleFileBytes) {
    const { locale, termShards, recordShards } = payload;
    const sharded: SearchIndexPayload = {
      ...payload,
      termShards: { ...termShards, parts: termShards.parts.map((part, i) => write(`${locale}-t${i}`, JSON.stringify(part))) },
      recordShards: { ...recordShards, parts: recordShards.parts.map((part, i) => write(`${locale}-r${i}`, JSON.stringify(part))) },
    };
    json = JSON.stringify(sharded);
  }
  const name = write(payload.locale, json);
  return { name, sizes: [sizes[sizes.length - 1] ?? [0, 0], ...sizes.slice(0, -1)] };
}

/**
 * Build step: writes each locale's search index to `outDir` with content-hashed
 * names, `<locale>.<hash>.json` (plus `<locale>-t<n>.<hash>.json` and
 * `<locale>-r<n>.<hash>.json` shards when the index is large), and
 * `manifest.json` mapping each locale to its payload URL. Returns the manifest.
 */
export function writeSearchIndexes(input: WriteSearchIndexesInput): SearchManifest {
  const outDir = input.outDir ?? path.join('public', 'search');
  const publicPath = (input.publicPath ?? '/search').replace(/\/$/, '');
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) if (name.endsWith('.json')) rmSync(path.join(outDir, name));
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, locales: {} };
  for (const locale of input.locales) {
    const payload = buildSearchIndex(input.articles, {
      locale,
      synonyms: getSynonymGroups(input.synonyms ?? {}, locale),
      termShardBytes: input.shardBytes?.term,
      recordShardBytes: input.shardBytes?.record,
    });
    const { name, sizes } = writeLocale(payload, outDir, input.singleFileBytes ?? 150_000);
    manifest.locales[locale] = {
      url: `${publicPath}/${name}`,
      bytes: sizes[0]?.[0] ?? 0,
      gzipBytes: sizes[0]?.[1] ?? 0,
      totalBytes: sizes.reduce((sum, size) => sum + (size[0] ?? 0), 0),
      totalGzipBytes: sizes.reduce((sum, size) => sum + (size[1] ?? 0), 0),
      files: sizes.length,
      articles: payload.recordCounts.length,
      records: payload.recordCounts.reduce((sum, count) => sum + count, 0),
    };
  }
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
