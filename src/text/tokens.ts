/**
 * One pass of tokenization over the folded text, kept as parallel typed
 * arrays so a 10 MB article does not allocate millions of objects.
 */
import { stripMarks } from './fold.js';

export const enum TokenKind {
  Word = 1,
  Number = 2,
  /** Letters and digits mixed: `4x4`, `S5`, `Mi24`. */
  Alnum = 3,
  Punct = 4,
}

// Grouped numbers (`2.500`, `1,8`) first, then runs of letters, marks and digits, then any other single character.
/** Exported so that lexicon entries are cut exactly as documents are. */
export const TOKEN_RE = /\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+|\S/gu;
const DIGIT_ONLY_RE = /^[\d.,]+$/;

export class Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** 1 when a line break lies between this token and the one before. */
  readonly newlineBefore: Uint8Array;
  private readonly folded: string;
  /** Whether the folded text holds combining marks, which keys drop (a key may then be shorter than its token). */
  readonly marks: boolean;
  private allKeys: string[] | null = null;

  constructor(folded: string, marks: boolean) {
    this.folded = folded;
    this.marks = marks;
    let cap = Math.max(16, folded.length >> 2);
    let start = new Int32Array(cap);
    let end = new Int32Array(cap);
    let kind = new Uint8Array(cap);
    let nl = new Uint8Array(cap);
    let n = 0;
    let prevEnd = 0;
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(folded); m !== null; m = TOKEN_RE.exec(folded)) {
      if (n === cap) {
        cap *= 2;
        start = grow(start, cap);
        end = grow(end, cap);
        kind = grow(kind, cap);
        nl = grow(nl, cap);
      }
      const s = m.index;
      const t = m[0];
      start[n] = s;
      end[n] = s + t.length;
      kind[n] = classify(t);
      nl[n] = s > prevEnd && folded.slice(prevEnd, s).includes('\n') ? 1 : 0;
      prevEnd = s + t.length;
      n++;
    }
    this.count = n;
    this.start = start.subarray(0, n);
    this.end = end.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.newlineBefore = nl.subarray(0, n);
  }

  /** The folded form of token `i` (combining marks dropped). */
  key(i: number): string {
    const k = this.folded.slice(this.start[i]!, this.end[i]!);
    return this.marks ? stripMarks(k) : k;
  }

  /** The folded key of every token, computed once and shared by every stage that asks. */
  keys(): readonly string[] {
    if (this.allKeys) return this.allKeys;
    const keys = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) keys[i] = this.key(i);
    this.allKeys = keys;
    return keys;
  }

  /** Index of the first token that starts at or after `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function grow<T extends Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

function classify(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT_ONLY_RE.test(t) ? TokenKind.Number : TokenKind.Alnum;
  if (t.length === 1 && !/[\p{L}\p{N}]/u.test(t)) return TokenKind.Punct;
  return /\d/.test(t) ? TokenKind.Alnum : TokenKind.Word;
}
