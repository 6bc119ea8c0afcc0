/**
 * One pass of tokenization over the folded text, kept as parallel typed
 * arrays so a 10 MB article does not allocate millions of objects.
 *
 * The pass reads the folded character codes through a class table (see
 * `char-class.ts`) and cuts exactly what `TOKEN_RE` cuts: grouped numbers
 * (`2.500`, `1,8`), runs of letters, marks and digits, and any other single
 * character.
 */
import { CharClass, charClass, codePointClass } from './char-class.js';
import { stripMarks } from './fold.js';
import { internKey } from './intern.js';

export const enum TokenKind {
  Word = 1,
  Number = 2,
  /** Letters and digits mixed: `4x4`, `S5`, `Mi24`. */
  Alnum = 3,
  Punct = 4,
}

/** What the tokenizer cuts, as a regular expression: lexicon entries are cut with it exactly as documents are. */
export const TOKEN_RE = /\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+|\S/gu;

export class Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** 1 when a line break lies between this token and the one before. */
  readonly newlineBefore: Uint8Array;
  /** Whether the folded text holds combining marks, which keys drop (a key may then be shorter than its token). */
  readonly marks: boolean;
  private readonly allKeys: string[];

  /** `codes`: the folded text's UTF-16 codes when the caller has them (`foldWithCodes`). */
  constructor(folded: string, codes: Uint16Array = codesOf(folded)) {
    // A long text is cut into arrays of its own, sized from its length, and keeps them;
    // a short one into arrays reused from one text to the next, copied out at their exact size.
    const long = folded.length > LONG_TEXT;
    const into = long ? newCut((folded.length >> 2) + 16) : shared;
    const n = tokenize(codes, folded.length, into);
    this.count = n;
    if (long) {
      this.start = into.start.subarray(0, n);
      this.end = into.end.subarray(0, n);
      this.kind = into.kind.subarray(0, n);
      this.newlineBefore = into.newline.subarray(0, n);
    } else {
      const copy = newCut(n);
      copy.start.set(into.start.subarray(0, n));
      copy.end.set(into.end.subarray(0, n));
      copy.kind.set(into.kind.subarray(0, n));
      copy.newline.set(into.newline.subarray(0, n));
      this.start = copy.start;
      this.end = copy.end;
      this.kind = copy.kind;
      this.newlineBefore = copy.newline;
    }
    this.marks = into.marks;
    this.allKeys = keysOf(folded, codes, this.start, this.end, this.marks);
  }

  /** The folded form of token `i` (combining marks dropped); `''` outside the text. */
  key(i: number): string {
    return this.allKeys[i] ?? '';
  }

  /**
   * The folded key of every token, shared by every stage. A long text's keys
   * are interned (see `intern.ts`), so that it holds one copy of each short
   * word; a short text's are plain slices, which cost less time.
   */
  keys(): readonly string[] {
    return this.allKeys;
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

/**
 * From this length on, keys are interned. Interning reads a table and strings
 * spread over the heap, which costs more than a fresh slice in the cache;
 * it pays for itself in memory on long texts only.
 */
const INTERN_FROM = 1 << 18;

function keysOf(folded: string, codes: Uint16Array, start: Int32Array, end: Int32Array, marks: boolean): string[] {
  const n = start.length;
  const keys = new Array<string>(n);
  if (marks) for (let i = 0; i < n; i++) keys[i] = stripMarks(folded.slice(start[i]!, end[i]!));
  else if (folded.length >= INTERN_FROM) for (let i = 0; i < n; i++) keys[i] = internKey(folded, codes, start[i]!, end[i]!);
  else for (let i = 0; i < n; i++) keys[i] = folded.slice(start[i]!, end[i]!);
  return keys;
}

function codesOf(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return codes;
}

/** The arrays the tokenizer writes into: one buffer, laid out as `Tokens` holds them. */
interface Cut {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  newline: Uint8Array;
  /** Whether the text cut held a combining mark. */
  marks: boolean;
}

/** From this length (in UTF-16 units), a text gets arrays of its own. */
const LONG_TEXT = 1 << 20;
/** Reused by every short text; it grows to the longest short text's count at most. */
let shared: Cut = newCut(1 << 12);

function newCut(capacity: number): Cut {
  const b = new ArrayBuffer(capacity * 10);
  return {
    start: new Int32Array(b, 0, capacity),
    end: new Int32Array(b, capacity * 4, capacity),
    kind: new Uint8Array(b, capacity * 8, capacity),
    newline: new Uint8Array(b, capacity * 9, capacity),
    marks: false,
  };
}

/** Doubles the capacity of `cut` in place, keeping what it holds. */
function grow(cut: Cut): void {
  const to = newCut(cut.start.length * 2);
  to.start.set(cut.start);
  to.end.set(cut.end);
  to.kind.set(cut.kind);
  to.newline.set(cut.newline);
  cut.start = to.start;
  cut.end = to.end;
  cut.kind = to.kind;
  cut.newline = to.newline;
}

const COMMA = 44;
const DOT = 46;
const NEWLINE = 10;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSeparator(c: number): boolean {
  return c === DOT || c === COMMA;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Cuts `codes[0, n)` into `cut`; returns the number of tokens. */
function tokenize(codes: Uint16Array, n: number, cut: Cut): number {
  let { start, end, kind, newline: nl } = cut;
  let cap = start.length;
  let count = 0;
  let newline = 0;
  let marks = false;
  run.marks = false;
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    const cls = charClass(c);
    if (cls === CharClass.Space) {
      if (c === NEWLINE) newline = 1;
      i++;
      continue;
    }
    const s = i;
    let k: TokenKind;
    if (cls === CharClass.Digit) {
      i++;
      while (i < n && isDigit(codes[i]!)) i++;
      if (i + 1 < n && isSeparator(codes[i]!) && isDigit(codes[i + 1]!)) {
        // A grouped number: `2.500`, `1,8`, `12.03.2024`.
        do {
          i += 2;
          while (i < n && isDigit(codes[i]!)) i++;
        } while (i + 1 < n && isSeparator(codes[i]!) && isDigit(codes[i + 1]!));
        k = TokenKind.Number;
      } else {
        const e = runEnd(codes, i, n);
        k = e === i ? TokenKind.Number : TokenKind.Alnum;
        i = e;
      }
    } else if (cls === CharClass.Letter || cls === CharClass.Mark) {
      i = runEnd(codes, i + 1, n);
      k = run.digits ? TokenKind.Alnum : i - s === 1 && cls === CharClass.Mark ? TokenKind.Punct : TokenKind.Word;
      if (cls === CharClass.Mark) marks = true;
    } else if (cls === CharClass.High && i + 1 < n && isLow(codes[i + 1]!)) {
      // An astral letter starts a run; any other astral character is one token of two units, which reads as a word.
      const astral = codePointClass(astralPoint(codes, i));
      if (astral === CharClass.Other) {
        i += 2;
        k = TokenKind.Word;
      } else {
        i = runEnd(codes, i + 2, n);
        k = run.digits ? TokenKind.Alnum : TokenKind.Word;
        if (astral === CharClass.Mark) marks = true;
      }
    } else {
      i++;
      k = TokenKind.Punct;
    }
    if (count === cap) {
      grow(cut);
      ({ start, end, kind, newline: nl } = cut);
      cap = start.length;
    }
    start[count] = s;
    end[count] = i;
    kind[count] = k;
    nl[count] = newline;
    newline = 0;
    count++;
  }
  cut.marks = marks || run.marks;
  return count;
}

function astralPoint(codes: Uint16Array, i: number): number {
  return ((codes[i]! - 0xd800) << 10) + (codes[i + 1]! - 0xdc00) + 0x10000;
}

/** What the last run read held besides letters. */
const run = { digits: false, marks: false };

/** The end of a run of letters, marks and digits (astral ones included) from `i`; sets `run`. */
function runEnd(codes: Uint16Array, i: number, n: number): number {
  let digits = false;
  while (i < n) {
    const c = codes[i]!;
    const cls = charClass(c);
    if (cls === CharClass.Letter) i++;
    else if (cls === CharClass.Digit) {
      digits = true;
      i++;
    } else if (cls === CharClass.Mark) {
      run.marks = true;
      i++;
    } else if (cls === CharClass.High && i + 1 < n && isLow(codes[i + 1]!)) {
      const astral = codePointClass(astralPoint(codes, i));
      if (astral === CharClass.Other) break;
      if (astral === CharClass.Mark) run.marks = true;
      i += 2;
    } else break;
  }
  run.digits = digits;
  return i;
}
