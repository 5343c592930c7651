import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { CharMap } from './fold';

/**
 * Simplified characters that mainland and Taiwan texts use interchangeably for
 * the same word once converted: 帳號 becomes 帐号, mainland writes 账号. Folding
 * 帐 to 账 lets 帐户, 帳戶 and 账户 meet. 戸 is the Japanese form of 户.
 */
const EXTRA_FOLDS: Record<string, string> = { 帐: '账', 戸: '户' };

function parseDictionary(dictionary: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && Array.from(from).length === 1 && Array.from(to).length === 1) map.set(from, to);
  }
  return map;
}

let cached: Map<string, string> | undefined;

/**
 * Builds the character-level Chinese folding map from opencc-js's dictionaries:
 * Traditional to Simplified (TSCharacters), Taiwan and Hong Kong variant forms
 * (TWVariantsRev, HKVariantsRev) first, plus a few Simplified variants. Build
 * time only (it imports about 30 KB of dictionary text); the browser gets the
 * pruned result inside each index payload.
 */
export function buildChineseCharMap(): Map<string, string> {
  if (cached) return cached;
  const toSimplified = parseDictionary(TSCharacters);
  const simplifiedTargets = new Set(toSimplified.values());
  const variants = new Map([...parseDictionary(HKVariantsRev), ...parseDictionary(TWVariantsRev)]);
  const step = (ch: string): string => {
    const extra = EXTRA_FOLDS[ch];
    if (extra) return extra;
    const simplified = toSimplified.get(ch);
    if (simplified) return simplified;
    // Variant tables are meant for Traditional text; never apply them to a Simplified character (么 is not 幺).
    const variant = simplifiedTargets.has(ch) ? undefined : variants.get(ch);
    return variant ? (toSimplified.get(variant) ?? variant) : ch;
  };
  const map = new Map<string, string>();
  const sources = new Set([...toSimplified.keys(), ...variants.keys(), ...Object.keys(EXTRA_FOLDS)]);
  for (const ch of sources) {
    let target = step(ch);
    for (let hops = 0; hops < 4 && step(target) !== target; hops += 1) target = step(target);
    if (target !== ch) map.set(ch, target);
  }
  cached = map;
  return map;
}

/**
 * Keeps only the entries whose folded character occurs in `usedCharacters`.
 * A query character whose target is absent from the index matches nothing
 * whether it is folded or not, so the pruned map answers every query exactly
 * like the full one for that index.
 */
export function pruneCharMap(charMap: CharMap, usedCharacters: ReadonlySet<string>): Map<string, string> {
  const pruned = new Map<string, string>();
  for (const [from, to] of charMap) if (usedCharacters.has(to)) pruned.set(from, to);
  return pruned;
}
