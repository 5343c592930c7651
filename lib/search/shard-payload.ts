import type { FlexMapEntry } from './flex-fields';
import type { ArticleRow, RecordRow, RecordShard, TermShard } from './index-payload';

const utf8 = new TextEncoder();

/** Default raw JSON bytes per term shard, display data included (about 8–12 KB gzipped): a query touches a few. */
export const DEFAULT_TERM_SHARD_BYTES = 24_000;
/** Default raw JSON bytes per record shard: a few articles (record shards are fetched only for fallback translations). */
export const DEFAULT_RECORD_SHARD_BYTES = 3_000;

/** One vocabulary term as the shard cutter sees it. */
export interface ShardTerm {
  term: string;
  df: number;
  entry: FlexMapEntry;
  /** Raw JSON bytes the term adds to a shard, display data of its records included. */
  bytes: number;
}

/**
 * Cuts the sorted vocabulary into contiguous shards of about `targetBytes` of
 * JSON each, each holding its terms' document frequencies and exported
 * FlexSearch `map` entries. Returns each shard's first term alongside, for lookups.
 */
export function cutTermShards(terms: readonly ShardTerm[], targetBytes = DEFAULT_TERM_SHARD_BYTES): { starts: string[]; shards: TermShard[] } {
  const starts: string[] = [];
  const shards: TermShard[] = [];
  let current: TermShard | undefined;
  let size = 0;
  for (const { term, df, entry, bytes } of terms) {
    if (!current || size + bytes > targetBytes) {
      current = { terms: [], df: [], map: [] };
      shards.push(current);
      starts.push(term);
      size = 0;
    }
    current.terms.push(term);
    current.df.push(df);
    current.map.push(entry);
    size += bytes;
  }
  if (shards.length === 0) {
    starts.push('');
    shards.push({ terms: [], df: [], map: [] });
  }
  return { starts, shards };
}

/** Raw JSON bytes of a display row (about). */
export function rowBytes(row: readonly unknown[]): number {
  return utf8.encode(row.join('')).length + 4 * row.length;
}

/** Articles and records of one locale's index, for attaching display data to term shards. */
export interface DisplayRows {
  articles: readonly ArticleRow[];
  records: readonly RecordRow[];
  /** Article of each record. */
  recordArticle: ArrayLike<number>;
  /** First record id of each article. */
  articleStarts: ArrayLike<number>;
}

/**
 * A term shard with the display data of every record its entries list, and of those
 * records' articles (their own record too, whose snippet is the description): whatever
 * its terms find can be shown without fetching anything else.
 */
export function withDisplay(shard: TermShard, rows: DisplayRows): TermShard {
  const records = new Set<number>();
  const articles = new Set<number>();
  for (const [, slots] of shard.map) {
    for (const slot of slots) {
      for (const record of slot) {
        const article = rows.recordArticle[record] ?? 0;
        records.add(record);
        articles.add(article);
        records.add(rows.articleStarts[article] ?? 0);
      }
    }
  }
  const byNumber = (a: number, b: number) => a - b;
  return {
    ...shard,
    articles: [...articles].sort(byNumber).flatMap((article) => {
      const row = rows.articles[article];
      return row ? [[article, ...row] as [number, ...ArticleRow]] : [];
    }),
    records: [...records].sort(byNumber).flatMap((record) => {
      const row = rows.records[record];
      return row ? [[record, ...row] as [number, ...RecordRow]] : [];
    }),
  };
}

/**
 * Groups consecutive articles with their records into shards of `articlesPerShard`
 * articles, chosen so that a shard holds about `targetBytes`.
 */
export function cutRecordShards(
  articles: readonly ArticleRow[],
  recordsByArticle: readonly RecordRow[][],
  targetBytes = DEFAULT_RECORD_SHARD_BYTES,
): { articlesPerShard: number; shards: RecordShard[] } {
  const bytes = recordsByArticle.reduce((sum, records, article) => sum + [articles[article] ?? [], ...records].reduce((s, row) => s + rowBytes(row), 0), 0);
  const articlesPerShard = Math.max(1, Math.round(targetBytes / Math.max(1, bytes / Math.max(1, articles.length))));
  const shards: RecordShard[] = [];
  for (let first = 0; first < articles.length || shards.length === 0; first += articlesPerShard) {
    shards.push({ articles: articles.slice(first, first + articlesPerShard), records: recordsByArticle.slice(first, first + articlesPerShard).flat() });
  }
  return { articlesPerShard, shards };
}
