import { Index } from 'flexsearch';

/** Indexed record fields, in the order their FlexSearch indexes and statistics are stored. */
export const FIELDS = ['title', 'keywords', 'heading', 'description', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** BM25F field weights: title, keywords and headings count more than body text. */
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 4, keywords: 3, heading: 2.5, description: 1.5, body: 1 };
/** Length normalisation per field: short fields barely, body text fully. */
export const FIELD_B: Record<FieldName, number> = { title: 0.3, keywords: 0.2, heading: 0.3, description: 0.5, body: 0.75 };

/** One exported FlexSearch `map` entry: a term and its id lists per resolution slot (one slot here). */
export type FlexMapEntry = [string, number[][]];

/**
 * A FlexSearch index for one field. Its input is already folded, stemmed and
 * split by Resolve's tokenizer and joined with spaces, so the encoder only
 * splits on spaces: an encoded term passes through unchanged (stems are not
 * idempotent, "setting" → "set" → "se"). `strict` keeps whole terms only,
 * one resolution slot keeps the id lists in record order.
 */
export function createFieldIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: 1, encode: (text: string) => text.split(' ').filter(Boolean) });
}

/** Record ids of one field index holding `term`, ascending (its length is the field's document frequency). */
export function lookupField(index: Index, term: string, limit: number): number[] {
  return (index.search(term, { limit }) as number[]).slice().sort((a, b) => a - b);
}

/** Every `map` entry of a field index, via FlexSearch's export. */
export function exportFieldMap(index: Index): FlexMapEntry[] {
  const entries: FlexMapEntry[] = [];
  void index.export((key: string, data: string) => {
    if (key.endsWith('.map') || key === 'map') entries.push(...(JSON.parse(data) as FlexMapEntry[]));
  });
  return entries;
}

/** Merges exported `map` entries (one term shard) into a field index. */
export function importFieldMap(index: Index, entries: readonly FlexMapEntry[]): void {
  index.import('map', entries as unknown as string);
}

const LENGTH_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

/**
 * Encodes field lengths one character per record: exact up to 31 terms, then
 * in steps of about 9% up to about 470 (longer fields count as 470; enough
 * for length normalisation), so the statistics
 * beside the index stay a few KB gzipped even for thousands of records.
 */
export function encodeFieldLengths(lengths: readonly number[]): string {
  return lengths
    .map((length) => LENGTH_DIGITS.charAt(length < 32 ? length : Math.min(63, 32 + Math.round(Math.log2(length / 32) * 8))))
    .join('');
}

/** Decodes {@link encodeFieldLengths} (approximately, above 31). */
export function decodeFieldLengths(encoded: string): number[] {
  return Array.from(encoded, (ch) => {
    const code = Math.max(0, LENGTH_DIGITS.indexOf(ch));
    return code < 32 ? code : Math.round(32 * 2 ** ((code - 32) / 8));
  });
}
