/**
 * Lexicon bits by word hash, in one typed array indexed by the hash's low
 * bits: a token's bits cost one read. Bits of two words may share a cell,
 * so a bit only says that the word may be in that lexicon (a rule then
 * checks the words); a word of the lexicon always has its bits.
 */
import { hashKey } from './hash.js';

// 128 KB (256 KB wide): small enough to stay in the processor's cache.
const BITS = 17;
const MASK = (1 << BITS) - 1;

export class HashBits {
  private readonly cells: Uint8Array | Uint16Array;

  /** `wide`: sixteen bits a word rather than eight. */
  constructor(wide = false) {
    this.cells = wide ? new Uint16Array(1 << BITS) : new Uint8Array(1 << BITS);
  }

  /** `bit`: one bit, of eight or sixteen. */
  mark(keys: Iterable<string>, bit: number): void {
    for (const k of keys) this.cells[hashKey(k) & MASK]! |= bit;
  }

  /** The bits of a word whose hash is `h` (hash.ts). */
  get(h: number): number {
    return this.cells[h & MASK]!;
  }
}
