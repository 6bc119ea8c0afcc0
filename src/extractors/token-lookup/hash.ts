/**
 * A 30-bit hash of a word's folded characters, read straight from the
 * folded text: lexicons indexed by it are looked up without cutting a
 * string per token. A hash never decides alone: a match is checked against
 * the words' keys before it is kept.
 */

/** Over `s[start, end)`; -1 when a character could be a combining mark (the key then differs from the text). */
export function hashRange(s: string, start: number, end: number): number {
  let h = 2166136261;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300) return -1;
    h = Math.imul(h ^ c, 16777619);
  }
  // Thirty bits: a small integer, which a Map hashes fastest.
  return h & 0x3fffffff;
}

/** The hash of a key string (keys hold no combining marks). */
export function hashKey(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h & 0x3fffffff;
}
