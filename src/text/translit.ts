/**
 * A loose key for names transliterated from Arabic, Persian, Pashto or
 * Somali, under which the French and English spellings of one name meet:
 * `Kataeb`/`Kataïb`/`Katayeb`, `Chouhada`/`Shuhada`, `Sayyid`/`Sayed`,
 * `Chaabi`/`Shaabi`, `Daech`/`Daesh`, `Qods`/`Quds`, `Houthis`/`Huthi`.
 *
 * It works on folded words (see `fold`: lower case, no accents) and is
 * deliberately lossy (vowels reduced to three classes, doubled letters
 * collapsed, a final plural `s` dropped), so it is for matching names that
 * are known to vary, never for common words: `mali` and `male` share a key.
 */

// Digraph and letter equivalences, applied in this order.
const SUBSTITUTIONS: readonly (readonly [RegExp, string])[] = [
  [/sh/g, 'ch'],
  [/dj/g, 'j'],
  [/ou/g, 'u'],
  [/w/g, 'u'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/y/g, 'i'],
];
const NON_WORD_RE = /[^a-z0-9 \n]/g;
const DOUBLED_RE = /([a-z])\1+/g;
const VOWEL_GROUP_RE = /[aeiou]+/g;
// A final plural `s` (Houthis/Houthi, talibans/taliban) on keys of more than four letters.
const PLURAL_RE = /([a-z0-9]{4})s(?![a-z0-9])/g;

/** One vowel class per run of vowels: any `a` makes it `a`, else `o`/`u` make it `u`, else `i`. */
function vowelClass(group: string): string {
  if (group.includes('a')) return 'a';
  if (group.includes('o') || group.includes('u')) return 'u';
  return 'i';
}

/**
 * The keys of many folded words at once: words are separated by spaces or
 * line breaks, which are kept, so a whole word list costs a few passes.
 */
export function translitWords(folded: string): string {
  let k = folded.replace(NON_WORD_RE, '');
  for (const [re, to] of SUBSTITUTIONS) k = k.replace(re, to);
  return k.replace(DOUBLED_RE, '$1').replace(VOWEL_GROUP_RE, vowelClass).replace(PLURAL_RE, '$1');
}

/** The transliteration key of one folded word (`kataeb` → `katab`, `shuhada` → `chuhada`). */
export function translitKey(foldedWord: string): string {
  return translitWords(foldedWord.replace(/[\s]/g, ''));
}
