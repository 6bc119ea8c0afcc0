/**
 * A loose key for names transliterated from Arabic, Persian, Pashto or
 * Somali, under which the French and English spellings of one name meet:
 * `Kataeb`/`Kataïb`/`Katayeb`, `Chouhada`/`Shuhada`, `Sayyid`/`Sayed`,
 * `Chaabi`/`Shaabi`, `Daech`/`Daesh`, `Qods`/`Quds`, `Houthis`/`Huthi`.
 *
 * It works on ONE folded word (see `fold`: lower case, no accents) and is
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
const NON_LETTER_RE = /[^a-z0-9]/g;
const DOUBLED_RE = /([a-z])\1+/g;
const VOWEL_GROUP_RE = /[aeiou]+/g;

/** One vowel class per run of vowels: any `a` makes it `a`, else `o`/`u` make it `u`, else `i`. */
function vowelClass(group: string): string {
  if (group.includes('a')) return 'a';
  if (group.includes('o') || group.includes('u')) return 'u';
  return 'i';
}

/** The transliteration key of one folded word (`kataeb` → `katab`, `shuhada` → `chuhada`). */
export function translitKey(foldedWord: string): string {
  let k = foldedWord.replace(NON_LETTER_RE, '');
  for (const [re, to] of SUBSTITUTIONS) k = k.replace(re, to);
  k = k.replace(DOUBLED_RE, '$1').replace(VOWEL_GROUP_RE, vowelClass);
  // A final plural `s` (Houthis/Houthi, talibans/taliban), kept on short keys.
  if (k.length > 4 && k.endsWith('s')) k = k.slice(0, -1);
  return k;
}
