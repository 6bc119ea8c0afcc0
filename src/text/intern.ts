/**
 * Interned token keys, for long texts: a key met before is handed back as the
 * same string, so that a 10 MB text holds one copy of each word instead of
 * one per occurrence (tens of megabytes). A direct-mapped cache shared by all
 * documents: a collision only costs a fresh slice.
 */

const BITS = 16;
const SIZE = 1 << BITS;
/**
 * Longer keys are sliced every time. V8 cuts a slice of 13 units or more as a
 * view of its parent, which a cache entry would keep alive (a whole document);
 * shorter slices are copies.
 */
const MAX_LENGTH = 12;
const cache: string[] = new Array<string>(SIZE).fill('');

/** `text.slice(start, end)`, shared with earlier calls that cut the same characters; `codes` are the text's codes. */
export function internKey(text: string, codes: Uint16Array, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_LENGTH) return text.slice(start, end);
  let h = len;
  for (let i = start; i < end; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  const slot = (h ^ (h >>> BITS)) & (SIZE - 1);
  const cached = cache[slot]!;
  if (cached.length === len) {
    let i = 0;
    while (i < len && cached.charCodeAt(i) === codes[start + i]) i++;
    if (i === len) return cached;
  }
  const key = text.slice(start, end);
  cache[slot] = key;
  return key;
}
