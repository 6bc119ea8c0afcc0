/**
 * A memo of a per-word function (a word's lexicon classes as bits), keyed
 * by the word's folded key and read straight from a token's span: one
 * probe per token, no string cut, and the answer exact (the key's
 * characters are compared, a hash never decides alone). Bounded: when
 * full it starts again empty.
 */
import type { Doc } from '../../pipeline/document.js';

const SLOT_BITS = 16;
const SLOTS = 1 << SLOT_BITS;
const MASK = SLOTS - 1;
/** At most half the slots are used, so probes stay short. */
const MAX_ENTRIES = SLOTS >> 1;

export class WordMemo {
  private readonly compute: (key: string) => number;
  /** Per slot, the hash and 1 + the entry index, side by side: a probe reads one cache line. */
  private readonly slots = new Int32Array(2 * SLOTS);
  private readonly values = new Int32Array(MAX_ENTRIES);
  private readonly keys: string[] = [];
  private count = 0;

  /** `compute` must be a pure function of the key, with a result that fits 31 bits. */
  constructor(compute: (key: string) => number) {
    this.compute = compute;
  }

  /** The value for token `i` of `doc`, whose key hashes to `h` (token-hashes.ts). */
  token(doc: Doc, i: number, h: number): number {
    const f = doc.folded;
    const s = doc.tokens.start[i]!;
    const e = doc.tokens.end[i]!;
    const slots = this.slots;
    for (let slot = (h & MASK) << 1; ; slot = (slot + 2) & (2 * MASK + 1)) {
      const k = slots[slot + 1]! - 1;
      if (k < 0) break;
      if (slots[slot] === h && sameChars(this.keys[k]!, f, s, e)) return this.values[k]!;
    }
    return this.add(doc.tokens.key(i), h);
  }

  private add(key: string, h: number): number {
    const slots = this.slots;
    // A token whose key drops combining marks is compared on its key.
    for (let slot = (h & MASK) << 1; ; slot = (slot + 2) & (2 * MASK + 1)) {
      const k = slots[slot + 1]! - 1;
      if (k < 0) break;
      if (slots[slot] === h && this.keys[k] === key) return this.values[k]!;
    }
    const v = this.compute(key);
    if (this.count === MAX_ENTRIES) this.clear();
    const k = this.count++;
    // A copy: a slice of a long document would keep the whole document alive.
    this.keys[k] = key.length > 12 ? ` ${key}`.slice(1) : key;
    this.values[k] = v;
    let slot = (h & MASK) << 1;
    while (slots[slot + 1] !== 0) slot = (slot + 2) & (2 * MASK + 1);
    slots[slot] = h;
    slots[slot + 1] = k + 1;
    return v;
  }

  private clear(): void {
    this.slots.fill(0);
    this.keys.length = 0;
    this.count = 0;
  }
}

function sameChars(key: string, f: string, s: number, e: number): boolean {
  if (key.length !== e - s) return false;
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== f.charCodeAt(s + j)) return false;
  return true;
}
