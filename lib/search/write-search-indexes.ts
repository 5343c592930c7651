import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex } from './build-index';
import type { ArticleInput } from './extract-records';
import { SEARCH_INDEX_VERSION, type SearchIndexPayload } from './index-payload';
import { withDisplay, type DisplayRows } from './shard-payload';
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
  /** The translation map of a non-default locale (see `SearchIndexPayload.translations`), raw and gzipped; 0 for the default locale. */
  translationBytes: number;
  translationGzipBytes: number;
}

/** What {@link writeSearchIndexes} wrote: the payload URL and sizes per locale. */
export interface SearchManifest {
  version: number;
  locales: Record<string, SearchIndexFiles>;
}

/** Input of {@link writeSearchIndexes}. */
export interface WriteSearchIndexesInput {
  /** Published articles of all locales (drafts already left out). */
  articles: readonly ArticleInput[];
  locales: readonly string[];
  /** The locale other locales fall back to (default: the first of `locales`). */
  defaultLocale?: string;
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

function displayRowsOf(payload: SearchIndexPayload): DisplayRows {
  const parts = payload.recordShards.parts ?? [];
  const articleStarts: number[] = [];
  const recordArticle: number[] = [];
  payload.recordCounts.forEach((count, article) => {
    articleStarts.push(recordArticle.length);
    for (let i = 0; i < count; i += 1) recordArticle.push(article);
  });
  return { articles: parts.flatMap((part) => part.articles), records: parts.flatMap((part) => part.records), recordArticle, articleStarts };
}

function writeLocale(payload: SearchIndexPayload, outDir: string, singleFileBytes: number): { name: string; sizes: number[][] } {
  const sizes: number[][] = [];
  const write = (name: string, json: string): string => {
    writeFileSync(path.join(outDir, name), json);
    sizes.push([Buffer.byteLength(json), gzipSync(json, { level: 9 }).length]);
    return name;
  };
  let json = JSON.stringify(payload);
  if (Buffer.byteLength(json) > singleFileBytes) {
    const { locale, termShards, recordShards, translations } = payload;
    // Term shards carry the display data of the records they list, so a query's results show
    // after one round of fetches; record shards stay for fallback translations. Shards live in
    // one folder named by the hash of all of them, and their names (t<i>.json, r<i>.json) are
    // implied: the payload lists no file names.
    const rows = displayRowsOf(payload);
    const termJson = (termShards.parts ?? []).map((part) => JSON.stringify(withDisplay(part, rows)));
    const recordJson = (recordShards.parts ?? []).map((part) => JSON.stringify(part));
    const translationJson = translations === undefined ? undefined : JSON.stringify(translations);
    const folder = `${locale}.${hashOf([...termJson, '\u0000', ...recordJson, '\u0000', translationJson ?? ''].join('\n'))}`;
    mkdirSync(path.join(outDir, folder), { recursive: true });
    termJson.forEach((part, i) => write(`${folder}/t${i}.json`, part));
    recordJson.forEach((part, i) => write(`${folder}/r${i}.json`, part));
    const sharded: SearchIndexPayload = {
      ...payload,
      shardFolder: folder,
      termShards: { starts: termShards.starts },
      recordShards: { articlesPerShard: recordShards.articlesPerShard },
      ...(translationJson === undefined ? {} : { translations: write(`${folder}/x.json`, translationJson) }),
    };
    json = JSON.stringify(sharded);
  }
  const name = write(`${payload.locale}.${hashOf(json)}.json`, json);
  return { name, sizes: [sizes[sizes.length - 1] ?? [0, 0], ...sizes.slice(0, -1)] };
}

/**
 * Build step: writes each locale's search index to `outDir` with content-hashed
 * names, `<locale>.<hash>.json` (plus `<locale>.<hash>/t<n>.json` and
 * `<locale>.<hash>/r<n>.json` shards when the index is large). Returns each locale's payload
 * URL and sizes (the build writes the URLs into its search-assets file).
 */
export function writeSearchIndexes(input: WriteSearchIndexesInput): SearchManifest {
  const outDir = input.outDir ?? path.join('public', 'search');
  const publicPath = (input.publicPath ?? '/search').replace(/\/$/, '');
  mkdirSync(outDir, { recursive: true });
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (entry.isDirectory() || entry.name.endsWith('.json')) rmSync(path.join(outDir, entry.name), { recursive: true });
  }
  const manifest: SearchManifest = { version: SEARCH_INDEX_VERSION, locales: {} };
  const defaultLocale = input.defaultLocale ?? input.locales[0];
  const defaultArticleIds = input.articles.filter((article) => article.locale === defaultLocale).map((article) => article.id);
  for (const locale of input.locales) {
    const payload = buildSearchIndex(input.articles, {
      locale,
      ...(locale === defaultLocale ? {} : { defaultArticleIds }),
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
      translationBytes: payload.translations ? Buffer.byteLength(JSON.stringify(payload.translations)) : 0,
      translationGzipBytes: payload.translations ? gzipSync(JSON.stringify(payload.translations), { level: 9 }).length : 0,
    };
  }
  return manifest;
}
