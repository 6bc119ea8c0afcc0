/**
 * Token-level access to one document for the actor rules: folded keys
 * (cached), the original spelling (for capitals and `à` against `a`), and
 * moves to the previous or next word that skip the apostrophes and hyphens
 * French glues words with (`d'Irak`, `Etats-Unis`).
 */
import type { Doc } from '../../pipeline/document.js';
import { TokenKind, type Tokens } from '../../text/tokens.js';

/** Article particles of transliterated names, read as part of the next word (`al-Chaabi`, `Al Qaïda`). */
const PARTICLES = new Set(['al', 'el']);

export class TokenView {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: Tokens;
  readonly count: number;
  /** First token of the body: nothing is taken from the dateline. */
  readonly first: number;
  private readonly keys: (string | undefined)[];

  constructor(doc: Doc) {
    this.doc = doc;
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.count = doc.tokens.count;
    this.first = doc.tokens.indexAt(doc.bodyStart);
    this.keys = new Array(this.count);
  }

  key(i: number): string {
    return (this.keys[i] ??= this.tokens.key(i));
  }

  raw(i: number): string {
    return this.text.slice(this.tokens.start[i]!, this.tokens.end[i]!);
  }

  /** The original spelling in lower case, accents kept (`à` is not `a`). */
  lower(i: number): string {
    return this.raw(i).toLowerCase().replace(/’/g, "'");
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
    const w = this.lower(i);
    const t = this.tokens;
    return i + 1 < this.count && t.start[i + 1] === t.end[i] && this.key(i + 1) === "'" ? `${w}'` : w;
  }

  /** Whether token `i` is written with a capital first letter. */
  upperInitial(i: number): boolean {
    const c = this.text[this.tokens.start[i]!]!;
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
