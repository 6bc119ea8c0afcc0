/**
 * What the tokenizer needs to know of a character, read from a table over
 * UTF-16 units. The table is filled a block of 256 units at a time, the
 * first time a text holds one of them, from the same Unicode properties as
 * `TOKEN_RE` (`\s`, `\p{L}`, `\p{M}`, `\p{N}`): French news touches a few
 * blocks, and start-up pays for none of the others.
 */

export const enum CharClass {
  /** What `\s` matches. */
  Space = 0,
  /** `0`–`9`: what `\d` matches. */
  Digit = 1,
  /** Any other letter or number (`\p{L}`, `\p{N}`). */
  Letter = 2,
  /** A combining mark (`\p{M}`). */
  Mark = 3,
  Other = 4,
  /** A high surrogate: the class is that of the code point it starts, if any. */
  High = 5,
}

const UNKNOWN = 255;
const TABLE = new Uint8Array(0x10000).fill(UNKNOWN);
const SPACE_RE = /\s/;
const LETTER_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const astral = new Map<number, CharClass>();

/** The class of a UTF-16 unit (a low surrogate alone is `Other`). */
export function charClass(c: number): CharClass {
  const k = TABLE[c]!;
  return k !== UNKNOWN ? (k as CharClass) : fillBlock(c);
}

/** The class of a code point above U+FFFF: `Letter`, `Mark` or `Other`. */
export function codePointClass(cp: number): CharClass {
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    astral.set(cp, k);
  }
  return k;
}

function fillBlock(c: number): CharClass {
  const from = c & ~0xff;
  for (let u = from; u < from + 0x100; u++) {
    if (u >= 0xd800 && u <= 0xdbff) TABLE[u] = CharClass.High;
    else if (u >= 0xdc00 && u <= 0xdfff) TABLE[u] = CharClass.Other;
    else if (u >= 48 && u <= 57) TABLE[u] = CharClass.Digit;
    else TABLE[u] = classify(String.fromCharCode(u));
  }
  return TABLE[c] as CharClass;
}

function classify(ch: string): CharClass {
  if (SPACE_RE.test(ch)) return CharClass.Space;
  if (LETTER_RE.test(ch)) return CharClass.Letter;
  if (MARK_RE.test(ch)) return CharClass.Mark;
  return CharClass.Other;
}
