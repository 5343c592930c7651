const VOWEL = /[aeiouy]/;
const DOUBLE_CONSONANT = /([bcdfgklmnprtvz])\1$/;

function stripInflection(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length >= 6 && VOWEL.test(word.slice(0, -3))) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length >= 5 && VOWEL.test(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length >= 6) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Light English stemmer, identical at index and query time: plurals, -ing,
 * -ed, -ly, a final -e and a final doubled consonant, so that invite, invites,
 * invited and inviting meet, as do cancel, cancelled and canceling, and
 * month, months and monthly. Words with digits and words of three letters or
 * fewer are left alone. Stems are index keys, never shown to people.
 */
export function stemWord(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let stem = stripInflection(word);
  if (stem.length >= 4 && stem.endsWith('e') && !stem.endsWith('ee')) stem = stem.slice(0, -1);
  if (stem.length >= 4 && DOUBLE_CONSONANT.test(stem)) stem = stem.slice(0, -1);
  return stem;
}
