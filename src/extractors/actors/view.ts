/**
 * Token-level access to one document for the actor rules: folded keys
 * (cached), the original spelling (for capitals and `à` against `a`), and
 * moves to the previous or next word that skip the apostrophes and hyphens
 * French glues words with (`d'Irak`, `Etats-Unis`).
 */
import type { Doc } from '../../pipeline/document.js';
import { stripMarks } from '../../text/fold.js';
import { int32s } from '../token-lookup/doc-arrays.js';
import { isCapital, tokenHashes } from '../token-lookup/token-hashes.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';

const APOSTROPHE = 39;
const HYPHEN = 45;

/** Whether a string holds a character from the combining marks up (U+0300): only then can it hold a mark. */
export function hasHighChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return true;
  return false;
}

export class TokenView {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: Tokens;
  readonly count: number;
  /** First token of the body: nothing is taken from the dateline. */
  readonly first: number;
  /** Each token's word hash (../token-lookup/token-hashes.ts). */
  readonly hashes: Int32Array;
  private readonly folded: string;
  // The rules read the same few words around each candidate many times: each is cut once, at first use.
  /** Per token, 1 + the index in `pool` of its `lower` and `word` strings; 0 until asked. */
  private readonly lowers: Int32Array;
  private readonly words: Int32Array;
  private readonly pool: string[] = [];

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.folded = doc.folded;
    this.tokens = doc.tokens;
    this.count = doc.tokens.count;
    this.first = doc.tokens.indexAt(doc.bodyStart);
    this.hashes = tokenHashes(doc);
    this.lowers = int32s(doc.tokens, this.count);
    this.words = int32s(doc.tokens, this.count);
  }

  /** The folded form of token `i`, as `Tokens.key` gives it (combining marks dropped), without a regex per plain word. */
  key(i: number): string {
    const k = this.folded.slice(this.tokens.start[i]!, this.tokens.end[i]!);
    return hasHighChar(k) ? stripMarks(k) : k;
  }

  /** `key(i) === key` (false outside the tokens), without cutting the key when the token holds no combining mark. */
  keyIs(i: number, key: string): boolean {
    if (i < 0 || i >= this.count) return false;
    const s = this.tokens.start[i]!;
    const e = this.tokens.end[i]!;
    if (e - s !== key.length) return this.key(i) === key;
    for (let j = 0; j < key.length; j++) {
      const c = this.folded.charCodeAt(s + j);
      if (c !== key.charCodeAt(j)) return c >= 0x300 && this.key(i) === key;
    }
    return true;
  }

  /** `hashKey(key(i))`. */
  hash(i: number): number {
    return this.hashes[i]!;
  }

  raw(i: number): string {
    return this.text.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /** The original spelling in lower case, accents kept (`à` is not `a`). */
  lower(i: number): string {
    const k = this.lowers[i]!;
    if (k > 0) return this.pool[k - 1]!;
    const w = this.cutLower(i);
    this.lowers[i] = this.pool.push(w);
    return w;
  }

  private cutLower(i: number): string {
    const t = this.tokens;
    const start = t.start[i]!;
    const end = t.end[i]!;
    // Most words are plain ASCII: their folded text is their lower case.
    for (let j = start; j < end; j++) if (this.text.charCodeAt(j) >= 0x80) return this.raw(i).toLowerCase().replace(/’/g, "'");
    return this.folded.slice(start, end);
  }

  /** `lower(i)`, with the apostrophe of an elision (`l'`, `d'`, `qu'`). */
  word(i: number): string {
    const k = this.words[i]!;
    if (k > 0) return this.pool[k - 1]!;
    const w = this.lower(i);
    const t = this.tokens;
    const word = i + 1 < this.count && t.start[i + 1] === t.end[i] && this.isGlueChar(i + 1, APOSTROPHE) ? `${w}'` : w;
    this.words[i] = this.pool.push(word);
    return word;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.tokens.kind[i] !== TokenKind.Punct;
  }

  private isGlueChar(i: number, code: number): boolean {
    const t = this.tokens;
    return t.kind[i] === TokenKind.Punct && this.folded.charCodeAt(t.start[i]!) === code;
  }

  /** An apostrophe or a hyphen: glue inside or between words. */
  isGlue(i: number): boolean {
    const t = this.tokens;
    if (t.kind[i] !== TokenKind.Punct) return false;
    const c = this.folded.charCodeAt(t.start[i]!);
    return c === APOSTROPHE || c === HYPHEN;
  }

  /** `al`, `el`: the article particle of a transliterated name (`al-Chaabi`, `Al Qaïda`). */
  isParticle(i: number): boolean {
    const t = this.tokens;
    if (t.kind[i] !== TokenKind.Word || t.end[i]! - t.start[i]! !== 2) return false;
    const s = t.start[i]!;
    const a = this.folded.charCodeAt(s);
    return (a === 97 || a === 101) && this.folded.charCodeAt(s + 1) === 108;
  }

  /** Whether token `i` is written with a capital first letter. */
  upperInitial(i: number): boolean {
    return isCapital(this.text, this.tokens.start[i]!);
  }

  /** Whether a line break separates token `i` from the one before. */
  breakBefore(i: number): boolean {
    return this.tokens.newlineBefore[i] === 1;
  }

  /** The next token that is not glue, on the same line; -1 when none. */
  next(i: number): number {
    for (let j = i + 1; j < this.count; j++) {
      if (this.breakBefore(j)) return -1;
      if (!this.isGlue(j)) return j;
    }
    return -1;
  }

  /** The previous token that is not glue, on the same line and in the body; -1 when none. */
  prev(i: number): number {
    for (let j = i - 1; j >= this.first; j--) {
      if (this.breakBefore(j + 1)) return -1;
      if (!this.isGlue(j)) return j;
    }
    return -1;
  }

  sentence(i: number): number {
    return this.doc.sentenceOfToken[i] ?? -1;
  }
}
