import { parse } from 'yaml';
import { z } from 'zod';

/** Groups of interchangeable terms; every entry may be a word or a phrase. */
export type SynonymGroups = string[][];

/** Groups per locale key: a full locale (`zh-Hant`) or a language (`zh`, applying to all its locales). */
export type SynonymsByLocale = Record<string, SynonymGroups>;

/** A synonyms file that cannot be used, naming the file and the field. */
export class SynonymsFileError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${file}: ${field || '(root)'}: expected ${expected}`);
    this.name = 'SynonymsFileError';
  }
}

const groupSchema = z.array(z.string().trim().min(1, 'a non-empty term')).min(2, 'a group of at least two terms');
const fileSchema = z.record(z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a locale key such as en or zh-Hant'), z.array(groupSchema));

/**
 * Parses `content/synonyms.yml`: a map from locale key to a list of groups,
 * e.g. `en: [[refund, money back, reimburse]]`, `zh: [[设置, 设定]]`. Throws
 * {@link SynonymsFileError} naming the file, the field (`zh[3][1]`) and what was
 * expected. An empty file means no synonyms.
 */
export function parseSynonyms(yamlText: string, file = 'content/synonyms.yml'): SynonymsByLocale {
  let data: unknown;
  try {
    data = parse(yamlText) ?? {};
  } catch (error) {
    throw new SynonymsFileError(file, '', `valid YAML (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = (issue?.path ?? [])
      .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
      .join('');
    throw new SynonymsFileError(file, field, issue?.message ?? 'a map of locale to lists of term groups');
  }
  return result.data;
}

/**
 * Groups that apply to a locale: those under its language (`zh` for `zh-Hant`
 * and `zh-Hans`, which meet after Traditional/Simplified folding) plus those
 * under the exact locale key.
 */
export function getSynonymGroups(synonyms: SynonymsByLocale, locale: string): SynonymGroups {
  const language = locale.split('-')[0] ?? locale;
  const groups = [...(synonyms[language] ?? [])];
  if (language !== locale) groups.push(...(synonyms[locale] ?? []));
  return groups;
}
