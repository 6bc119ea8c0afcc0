/**
 * The matching key of a place name, shared by the gazetteer build script and
 * the extractor: the same folded words go through the same steps on both
 * sides, so `Kirkouk` meets `Kirkuk`, `Falloujah` meets `Fallujah` and
 * `Al-Qaïm` meets `Al Qa'im`. This module imports nothing, so the build
 * script can bundle it as it is.
 */

/** French elided words: an apostrophe after them separates two words (`d'Erbil`). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** Arabic articles and their assimilated forms, dropped when another word follows. */
const ARTICLES = new Set(['al', 'el', 'ul', 'ar', 'as', 'ash', 'ach', 'ech', 'ad', 'adh', 'az', 'ez', 'ed', 'er', 'at', 'ath', 'an']);

/** Spellings of one sound across English, French and scholarly transliterations, longest first; each with a letter it needs. */
const DIGRAPHS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/tch/g, 'ch', 'c'],
  [/dzh/g, 'j', 'z'],
  [/dj/g, 'j', 'j'],
  [/ch/g, 'sh', 'c'],
  [/kh/g, 'h', 'k'],
  [/gh/g, 'g', 'g'],
  [/ou/g, 'u', 'o'],
  [/ck/g, 'k', 'c'],
  [/q/g, 'k', 'q'],
  [/th/g, 't', 't'],
  [/ph/g, 'f', 'p'],
  [/y/g, 'i', 'y'],
  [/w/g, 'u', 'w'],
];

const VOWEL_H = /([aeiou])h$/;
const FINAL_E = /e$/;
const FINAL_A = /a$/;

/** True for a word that an apostrophe detaches from the next one. */
export function isElision(word: string): boolean {
  return ELISIONS.has(word);
}

export function isArticle(word: string): boolean {
  return ARTICLES.has(word);
}

export function articles(): Iterable<string> {
  return ARTICLES;
}

// Words repeat across a text and across texts: their keys are remembered, up to a bound.
const MEMO_LIMIT = 50000;
const memo = new Map<string, string>();

/** The key of one folded word (lower case, no accents, letters and digits only). */
export function translitWord(word: string): string {
  let key = memo.get(word);
  if (key !== undefined) return key;
  key = translitUncached(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, key);
  return key;
}

function translitUncached(word: string): string {
  let s = word;
  // A word without the letter a rule needs skips it (most words need few rules).
  for (const [re, to, needs] of DIGRAPHS) if (s.length > 1 && s.includes(needs)) s = s.replace(re, to);
  s = undoubled(s);
  if (s.length > 3) s = s.replace(VOWEL_H, '$1');
  if (s.length > 3) s = s.replace(FINAL_E, '');
  if (s.length > 4) s = s.replace(FINAL_A, '');
  return s;
}

/** `falloujah` → `faloujah`: a doubled letter is written once. */
function undoubled(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}

/** The key of a name given as its folded words; '' when nothing is left. */
export function keyOfWords(words: readonly string[]): string {
  const kept = words.length > 1 ? words.filter((w) => !ARTICLES.has(w)) : words;
  const list = kept.length > 0 ? kept : words;
  let out = '';
  for (const w of list) {
    const t = translitWord(w);
    if (t === '') continue;
    out = out === '' ? t : `${out} ${t}`;
  }
  return out;
}

const WORD_OR_APOSTROPHE = /[\p{L}\p{N}]+|'/gu;

/**
 * The words of an already folded name (`fold()` output): runs of letters and
 * digits; an apostrophe joins its neighbours (`qa'im` → `qaim`) unless the
 * word before it is a French elision (`d'erbil` → `d`, `erbil`).
 */
export function wordsOfFolded(folded: string): string[] {
  const words: string[] = [];
  let glue = false;
  let prevEnd = -1;
  WORD_OR_APOSTROPHE.lastIndex = 0;
  for (let m = WORD_OR_APOSTROPHE.exec(folded); m !== null; m = WORD_OR_APOSTROPHE.exec(folded)) {
    const t = m[0];
    const adjacent = m.index === prevEnd;
    prevEnd = m.index + t.length;
    if (t === "'") {
      const last = words[words.length - 1];
      glue = adjacent && last !== undefined && !ELISIONS.has(last);
      continue;
    }
    if (glue && adjacent && words.length > 0) words[words.length - 1] += t;
    else words.push(t);
    glue = false;
  }
  return words;
}
