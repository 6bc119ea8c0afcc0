/**
 * A string that owns its characters. V8 cuts a slice of 13 or more UTF-16
 * units as a view onto the string it was cut from, so a long-lived cache
 * keyed by a word cut from a document keeps the whole document alive. The
 * concatenation is flattened by the slice into a copy of the word alone.
 */
const SHORTEST_VIEW = 13;

export function ownString(s: string): string {
  return s.length >= SHORTEST_VIEW ? (' ' + s).slice(1) : s;
}
