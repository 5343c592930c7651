import { Index } from 'flexsearch';

/** Indexed record fields; their weights and lengths make up each posting's weight at build time. */
export const FIELDS = ['title', 'keywords', 'heading', 'description', 'body'] as const;
export type FieldName = (typeof FIELDS)[number];

/** BM25F field weights: title, keywords and headings count more than body text. */
export const FIELD_WEIGHTS: Record<FieldName, number> = { title: 4, keywords: 3, heading: 2.5, description: 1.5, body: 1 };
/** Length normalisation per field: short fields barely, body text fully. */
export const FIELD_B: Record<FieldName, number> = { title: 0.3, keywords: 0.2, heading: 0.3, description: 0.5, body: 0.75 };

/** One exported FlexSearch `map` entry: a term and its record ids per resolution slot (here: per weight level, heaviest first). */
export type FlexMapEntry = [string, number[][]];

/** FlexSearch resolution slots used as weight levels: slot 0 holds the heaviest postings. */
export const WEIGHT_LEVELS = 48;
const TOP_WEIGHT = 32;
/** Each level is this factor lighter than the one before (about 12%: a posting's weight is kept within ±6%). */
const LEVEL_STEP = 2 ** (1 / 6);

/** The level (slot) a posting weight is stored in. */
export function weightLevel(weight: number): number {
  const level = Math.round(Math.log(TOP_WEIGHT / Math.max(weight, 1e-6)) / Math.log(LEVEL_STEP));
  return Math.min(WEIGHT_LEVELS - 1, Math.max(0, level));
}

/** The weight a level stands for. */
export function levelWeight(level: number): number {
  return TOP_WEIGHT / LEVEL_STEP ** level;
}

/**
 * The FlexSearch index of one locale's terms. Its input is already folded,
 * stemmed and split by Resolve's tokenizer, so the encoder only splits on
 * spaces: an encoded term passes through unchanged (stems are not idempotent,
 * "setting" → "set" → "se"). `strict` keeps whole terms only; the resolution
 * slots hold a term's records by weight level (see {@link toMapEntry}).
 */
export function createTermIndex(): Index {
  return new Index({ tokenize: 'strict', resolution: WEIGHT_LEVELS, encode: (text: string) => text.split(' ').filter(Boolean) });
}

/**
 * A term's exported FlexSearch `map` entry from its postings: each record id in the slot of its
 * weight level, ascending within a slot; trailing empty slots are left out.
 */
export function toMapEntry(term: string, postings: ReadonlyArray<readonly [record: number, weight: number]>): FlexMapEntry {
  const slots: number[][] = [];
  for (const [record, weight] of postings) {
    const level = weightLevel(weight);
    while (slots.length <= level) slots.push([]);
    slots[level]?.push(record);
  }
  for (const slot of slots) slot.sort((a, b) => a - b);
  return [term, slots];
}

/** Record ids of `term`, heaviest first: FlexSearch returns the slots in order, so the slot lengths tell each id's level. */
export function lookupTerm(index: Index, term: string, limit: number): number[] {
  return index.search(term, { limit }) as number[];
}

/** Merges exported `map` entries (one term shard) into the index. */
export function importTermEntries(index: Index, entries: readonly FlexMapEntry[]): void {
  index.import('map', entries as unknown as string);
}
