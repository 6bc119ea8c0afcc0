/**
 * A Bloom filter (one hash) of words, tested on a token's length and its
 * first two and last two characters in the folded text: most tokens of a
 * text are then skipped without their key string being read or hashed (the
 * cache misses of a Map lookup per token). A word it holds always passes;
 * about one other in fifty does too, and is then looked up.
 */
const BITS = 16;

export class WordFilter {
  private readonly bits = new Int32Array(1 << (BITS - 5));

  add(word: string): void {
    const n = word.length;
    if (n === 0) return;
    const h = mix(n, word.charCodeAt(0), word.charCodeAt(n > 1 ? 1 : 0), word.charCodeAt(n > 1 ? n - 2 : 0), word.charCodeAt(n - 1));
    this.bits[h >>> 5] = this.bits[h >>> 5]! | (1 << (h & 31));
  }

  /** Whether `text.slice(start, end)` may be one of the words added. */
  mayHold(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= 0) return true;
    const h = mix(n, text.charCodeAt(start), text.charCodeAt(n > 1 ? start + 1 : start), text.charCodeAt(n > 1 ? end - 2 : start), text.charCodeAt(end - 1));
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

function mix(n: number, a: number, b: number, c: number, d: number): number {
  let h = Math.imul(n ^ 0x2545f491, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x01000193);
  h = Math.imul(h ^ b, 0x01000193);
  h = Math.imul(h ^ c, 0x01000193);
  h = Math.imul(h ^ d, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return h >>> (32 - BITS);
}
