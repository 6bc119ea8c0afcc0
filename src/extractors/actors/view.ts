/**
 * Token-level access to one document for the actor rules: folded keys
 * (cached), the original spelling (for capitals and `à` against `a`), and
 * moves to the previous or next word that skip the apostrophes and hyphens
 * French glues words with (`d'Irak`, `Etats-Unis`).
 */
import type { Doc } from '../../pipeline/document.js';
import { stripMarks } from '../../text/fold.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';

/** Article particles of transliterated names, read as part of the next word (`al-Chaabi`, `Al Qaïda`). */
const PARTICLES = new Set(['al', 'el']);
const ASCII_RE = /^[\x00-\x7f]*$/;

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
  // Caches by token: only the words that some rule looks at are ever keyed.
  private readonly keys = new Map<number, string>();
  private readonly lowers = new Map<number, string>();
  private readonly words = new Map<number, string>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.count = doc.tokens.count;
    this.first = doc.tokens.indexAt(doc.bodyStart);
  }

  /** The folded form of token `i`, as `Tokens.key` gives it (combining marks dropped), without a regex per word. */
  key(i: number): string {
    let k = this.keys.get(i);
    if (k === undefined) {
      k = this.doc.folded.slice(this.tokens.start[i]!, this.tokens.end[i]!);
      if (hasHighChar(k)) k = stripMarks(k);
      this.keys.set(i, k);
    }
    return k;
  }

  raw(i: number): string {
    return this.text.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /** The original spelling in lower case, accents kept (`à` is not `a`). */
  lower(i: number): string {
    let w = this.lowers.get(i);
    if (w === undefined) {
      const key = this.key(i);
      // Most words are plain ASCII: their key is their lower case.
      w = ASCII_RE.test(this.raw(i)) ? key : this.raw(i).toLowerCase().replace(/’/g, "'");
      this.lowers.set(i, w);
    }
    return w;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.count && this.tokens.kind[i] !== TokenKind.Punct;
  }

  /** An apostrophe or a hyphen: glue inside or between words. */
  isGlue(i: number): boolean {
    if (this.tokens.kind[i] !== TokenKind.Punct) return false;
    const k = this.key(i);
    return k === "'" || k === '-';
  }

  isParticle(i: number): boolean {
    return this.tokens.kind[i] === TokenKind.Word && PARTICLES.has(this.key(i));
  }

  /** `lower(i)`, with the apostrophe of an elision (`l'`, `d'`, `qu'`). */
  word(i: number): string {
    let w = this.words.get(i);
    if (w === undefined) {
      w = this.lower(i);
      const t = this.tokens;
      if (i + 1 < this.count && t.start[i + 1] === t.end[i] && this.key(i + 1) === "'") w = `${w}'`;
      this.words.set(i, w);
    }
    return w;
  }

  /** Whether token `i` is written with a capital first letter. */
  upperInitial(i: number): boolean {
    const at = this.tokens.start[i]!;
    const code = this.text.charCodeAt(at);
    if (code < 0x80) return code >= 65 && code <= 90;
    const c = this.text[at]!;
    return c !== c.toLowerCase();
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
