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
    const n = tokenize(codes, folded.length);
    // One buffer of the exact size for the four arrays: a document is often small, and each allocation costs.
    const buffer = new ArrayBuffer(n * 10);
    this.count = n;
    this.start = new Int32Array(buffer, 0, n);
    this.end = new Int32Array(buffer, n * 4, n);
    this.kind = new Uint8Array(buffer, n * 8, n);
    this.newlineBefore = new Uint8Array(buffer, n * 9, n);
    this.start.set(cut.start.subarray(0, n));
    this.end.set(cut.end.subarray(0, n));
    this.kind.set(cut.kind.subarray(0, n));
    this.newlineBefore.set(cut.newline.subarray(0, n));
    this.marks = cut.marks;
    this.allKeys = keysOf(folded, codes, this.start, this.end, this.marks);
    if (cut.start.length > KEEP_CUT) cut = newCut(INITIAL_CUT);
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

/** The arrays the tokenizer writes into, reused from one document to the next. */
interface Cut {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  newline: Uint8Array;
  /** Whether the last text cut held a combining mark. */
  marks: boolean;
}

const INITIAL_CUT = 1 << 12;
/** After a long text, the arrays shrink back: memory stays flat. */
const KEEP_CUT = 1 << 18;
let cut: Cut = newCut(INITIAL_CUT);

function newCut(capacity: number): Cut {
  return { start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity), newline: new Uint8Array(capacity), marks: false };
}

function grow(from: Cut): Cut {
  const to = newCut(from.start.length * 2);
  to.start.set(from.start);
  to.end.set(from.end);
  to.kind.set(from.kind);
  to.newline.set(from.newline);
  return to;
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
function tokenize(codes: Uint16Array, n: number): number {
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
      cut = grow(cut);
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
