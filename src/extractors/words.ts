/**
 * The words of a document as lexicon phrases see them: its tokens with glued
 * hyphens and apostrophes left out (`l'armée` reads `l armee`,
 * `lance-roquettes` reads `lance roquettes`), which is the `lexKey` form of
 * every lexicon entry. Built once per document and shared by the extractors
 * that match phrases; a word's key is its token's (`Tokens.keys()`).
 */
import type { Doc } from '../pipeline/document.js';
import { TokenKind } from '../text/tokens.js';
import { hashKey } from './key-filter.js';

export class Words {
  readonly count: number;
  /** Plain-text offsets of each word. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** Each sentence's words are `[sentenceStart[s], sentenceEnd[s])`. */
  readonly sentenceStart: Int32Array;
  readonly sentenceEnd: Int32Array;
  readonly folded: string;
  /** The plain text, where accents tell words apart that fold alike (`a` / `à`). */
  readonly text: string;
  /** Whether the text holds Latin combining marks (decomposed accents), which keys drop (rare). */
  readonly hasMarks: boolean;
  /** Each word's `KeyFilter` hash, computed once for every filter. */
  readonly hash: Uint16Array;
  private readonly keys: string[];
  /** Whether the text holds any combining mark (a key may then be shorter than its word). */
  private readonly marks: boolean;

  constructor(doc: Doc) {
    const t = doc.tokens;
    const f = doc.folded;
    const tokenKeys = t.keys();
    this.folded = f;
    this.text = doc.text;
    this.marks = t.marks;
    this.hasMarks = t.marks && MARK_RE.test(f);
    const sentences = doc.sentences;
    const m = t.count;
    const ns = sentences.length;
    // One buffer for the six arrays: a document is often small, and each allocation costs.
    const buffer = new ArrayBuffer(m * 11 + ns * 8);
    const start = new Int32Array(buffer, 0, m);
    const end = new Int32Array(buffer, m * 4, m);
    this.sentenceStart = new Int32Array(buffer, m * 8, ns);
    this.sentenceEnd = new Int32Array(buffer, m * 8 + ns * 4, ns);
    const hashes = new Uint16Array(buffer, m * 8 + ns * 8, m);
    const kind = new Uint8Array(buffer, m * 10 + ns * 8, m);
    const keys = new Array<string>(m);
    let n = 0;
    // Only the tokens of sentences become words: nothing is read outside them (the dateline).
    for (let k = 0; k < ns; k++) {
      const sentence = sentences[k]!;
      this.sentenceStart[k] = n;
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const kd = t.kind[i]!;
        if (kd === TokenKind.Punct && isJoiner(f, t, i)) continue;
        const s = t.start[i]!;
        const e = t.end[i]!;
        start[n] = s;
        end[n] = e;
        kind[n] = kd;
        hashes[n] = hashKey(e - s, f.charCodeAt(s), f.charCodeAt(e - s > 1 ? s + 1 : s), f.charCodeAt(e - 1));
        keys[n] = tokenKeys[i]!;
        n++;
      }
      this.sentenceEnd[k] = n;
    }
    this.count = n;
    this.start = start.subarray(0, n);
    this.end = end.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.hash = hashes.subarray(0, n);
    keys.length = n;
    this.keys = keys;
  }

  /** Whether word `w` is written `key` in the folded text (combining marks included). */
  is(w: number, key: string): boolean {
    if (!this.marks) return this.keys[w] === key;
    if (w < 0 || w >= this.count) return false;
    const s = this.start[w]!;
    return this.end[w]! - s === key.length && this.folded.startsWith(key, s);
  }

  /** The folded key of word `w` (combining marks dropped); `''` outside the text. */
  key(w: number): string {
    return this.keys[w] ?? '';
  }
}

// French needs only the Latin combining marks.
const MARK_RE = /[\u0300-\u036f]/;
const cache = new WeakMap<Doc, Words>();

export function wordsOf(doc: Doc): Words {
  let words = cache.get(doc);
  if (!words) {
    words = new Words(doc);
    cache.set(doc, words);
  }
  return words;
}

/** A punctuation token that is a hyphen or apostrophe glued to a word on either side joins words; a spaced dash stays punctuation. */
function isJoiner(folded: string, t: Doc['tokens'], i: number): boolean {
  const c = folded.charCodeAt(t.start[i]!);
  if (c !== APOSTROPHE && c !== HYPHEN) return false;
  const gluedBefore = i > 0 && t.end[i - 1] === t.start[i];
  const gluedAfter = i + 1 < t.count && t.start[i + 1] === t.end[i];
  return gluedBefore || gluedAfter;
}

const APOSTROPHE = 39;
const HYPHEN = 45;
