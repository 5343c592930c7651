import type { FlexMapEntry } from './flex-fields';
import type { ArticleRow, RecordRow, RecordShard, TermShard } from './index-payload';

const utf8 = new TextEncoder();

/** Default raw JSON bytes per term shard (about 6–8 KB gzipped): a query touches a few. */
export const DEFAULT_TERM_SHARD_BYTES = 12_000;
/** Default raw JSON bytes per record shard: a few articles, so results fetch little they do not show. */
export const DEFAULT_RECORD_SHARD_BYTES = 3_000;

/**
 * Cuts the sorted vocabulary into contiguous shards of about `targetBytes` of
 * JSON each, each holding the exported FlexSearch `map` entries of its terms
 * per field. Returns each shard's first term alongside, for lookups.
 */
export function cutTermShards(
  terms: readonly string[],
  maps: ReadonlyArray<ReadonlyMap<string, FlexMapEntry>>,
  targetBytes = DEFAULT_TERM_SHARD_BYTES,
): { starts: string[]; shards: TermShard[] } {
  const starts: string[] = [];
  const shards: TermShard[] = [];
  let current: TermShard | undefined;
  let size = 0;
  for (const term of terms) {
    const entries = maps.map((map) => map.get(term));
    const bytes = entries.reduce((sum, entry) => sum + (entry ? term.length * 3 + JSON.stringify(entry[1]).length + 6 : 0), term.length * 3 + 3);
    if (!current || size + bytes > targetBytes) {
      current = { terms: [], map: maps.map(() => []) };
      shards.push(current);
      starts.push(term);
      size = 0;
    }
    current.terms.push(term);
    entries.forEach((entry, f) => entry && current?.map[f]?.push(entry));
    size += bytes;
  }
  if (shards.length === 0) {
    starts.push('');
    shards.push({ terms: [], map: maps.map(() => []) });
  }
  return { starts, shards };
}

/**
 * Groups consecutive articles with their records into shards of about
 * `targetBytes`; an article never straddles two shards.
 */
export function cutRecordShards(
  articles: readonly ArticleRow[],
  recordsByArticle: readonly RecordRow[][],
  targetBytes = DEFAULT_RECORD_SHARD_BYTES,
): { firstArticles: number[]; shards: RecordShard[] } {
  const firstArticles: number[] = [];
  const shards: RecordShard[] = [];
  let current: RecordShard | undefined;
  let size = 0;
  recordsByArticle.forEach((records, article) => {
    const row = articles[article];
    if (!row) return;
    const bytes = [row, ...records].reduce((sum, fields) => sum + utf8.encode(fields.join('')).length + 16, 0);
    if (!current || size + bytes > targetBytes) {
      current = { articles: [], records: [] };
      shards.push(current);
      firstArticles.push(article);
      size = 0;
    }
    current.articles.push(row);
    current.records.push(...records);
    size += bytes;
  });
  if (shards.length === 0) {
    firstArticles.push(0);
    shards.push({ articles: [], records: [] });
  }
  return { firstArticles, shards };
}
