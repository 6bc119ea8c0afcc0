import type { Words } from './words.js';

/**
 * A cheap test that a word may be one of a set of keys, read on the folded
 * text without cutting a string: a table of bits hashed from the length and
 * the first, second and last characters. False means surely not; true means
 * look the key up (a false positive costs one Map lookup).
 *
 * The table has about 32 bits per key (a few per cent of false positives):
 * a document runs through a score of filters, and small tables stay in the
 * processor's cache where 8 KB ones would miss on every probe.
 */
export class KeyFilter {
  private readonly bits: Uint8Array;
  private readonly mask: number;
  private readonly first = new Uint8Array(256);

  constructor(keys: Iterable<string>) {
    const list = [...keys].filter((k) => k.length > 0);
    let size = MIN_BITS;
    while (size < MAX_BITS && size < list.length * BITS_PER_KEY) size *= 2;
    this.bits = new Uint8Array(size >> 3);
    this.mask = size - 1;
    for (const k of list) {
      const h = hashKey(k.length, k.charCodeAt(0), k.charCodeAt(k.length > 1 ? 1 : 0), k.charCodeAt(k.length - 1)) & this.mask;
      this.bits[h >> 3]! |= 1 << (h & 7);
      this.first[k.charCodeAt(0) & 255] = 1;
    }
  }

  mayBe(words: Words, w: number): boolean {
    // Combining marks change a key's length and characters: then only the first one is telling.
    if (words.hasMarks) return this.first[words.folded.charCodeAt(words.start[w]!) & 255] === 1;
    const h = words.hash[w]! & this.mask;
    return (this.bits[h >> 3]! & (1 << (h & 7))) !== 0;
  }
}

const MIN_BITS = 1 << 9;
const MAX_BITS = 1 << 16;
const BITS_PER_KEY = 32;

/** The hash of a key from its length and its first, second and last characters (UTF-16 units). */
export function hashKey(length: number, first: number, second: number, last: number): number {
  return (Math.imul(Math.imul(Math.imul(length, 0x9e3779b1) ^ first, 0x85ebca6b) ^ second, 0xc2b2ae35) ^ (last * 0x27d4eb2f)) >>> 16;
}
