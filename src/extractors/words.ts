/**
 * The words of a document as lexicon phrases see them: its tokens with glued
 * hyphens and apostrophes left out (`l'armée` reads `l armee`,
 * `lance-roquettes` reads `lance roquettes`), which is the `lexKey` form of
 * every lexicon entry. Built once per document and shared by the extractors
 * that match phrases. A key is cut from the folded text when asked for: most
 * words are skipped by a `KeyFilter` and never need one, and a cache of
 * keys costs more in garbage collection than it saves.
 */
import type { Doc } from '../pipeline/document.js';
import { stripMarks } from '../text/fold.js';
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

  constructor(doc: Doc) {
    const t = doc.tokens;
    const f = doc.folded;
    this.folded = f;
    this.text = doc.text;
    this.hasMarks = MARK_RE.test(f);
    // One buffer for the four arrays: a document is often small, and each allocation costs.
    const buffer = new ArrayBuffer(t.count * 11);
    const start = new Int32Array(buffer, 0, t.count);
    const end = new Int32Array(buffer, t.count * 4, t.count);
    const hashes = new Uint16Array(buffer, t.count * 8, t.count);
    const kind = new Uint8Array(buffer, t.count * 10, t.count);
    const sentences = doc.sentences;
    this.sentenceStart = new Int32Array(sentences.length);
    this.sentenceEnd = new Int32Array(sentences.length);
    let n = 0;
    // Only the tokens of sentences become words: nothing is read outside them (the dateline).
    for (let k = 0; k < sentences.length; k++) {
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
        n++;
      }
      this.sentenceEnd[k] = n;
    }
    this.count = n;
    this.start = start.subarray(0, n);
    this.end = end.subarray(0, n);
    this.kind = kind.subarray(0, n);
    this.hash = hashes.subarray(0, n);
  }

  /** Whether word `w` is `key`, compared in place, without cutting a string (for plain keys of common words). */
  is(w: number, key: string): boolean {
    if (w < 0 || w >= this.count) return false;
    const s = this.start[w]!;
    return this.end[w]! - s === key.length && this.folded.startsWith(key, s);
  }

  /** The folded key of word `w` (combining marks dropped); `''` outside the text. */
  key(w: number): string {
    if (w < 0 || w >= this.count) return '';
    const k = this.folded.slice(this.start[w]!, this.end[w]!);
    return hasHighChar(k) ? stripMarks(k) : k;
  }
}

// A scan for every \p{M} costs a hundred milliseconds on 5 MB; French needs only the Latin ones.
const MARK_RE = /[\u0300-\u036f]/;

/** Marks are at U+0300 and above: most keys are plain ASCII and skip the regular expression. */
function hasHighChar(k: string): boolean {
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) >= 0x300) return true;
  return false;
}
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
