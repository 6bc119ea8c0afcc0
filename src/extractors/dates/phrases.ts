/**
 * Multi-word entries of a lexicon (`dans la nuit de`, `au plus tard`) matched
 * over tokens, forward from a token or backward from one. Indexed by their
 * first and last word, longest first: one Map lookup per try.
 */
import type { Words } from './words.js';

export interface Phrase<V> {
  words: readonly string[];
  value: V;
}

export interface PhraseMatch<V> {
  /** First token of the phrase. */
  start: number;
  /** Token after the phrase. */
  end: number;
  value: V;
  words: readonly string[];
}

export class PhraseTable<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();
  private readonly byLast = new Map<string, Phrase<V>[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [text, value] of entries) {
      const words = text.split(' ').filter((w) => w.length > 0);
      if (words.length === 0) continue;
      const phrase = { words, value };
      push(this.byFirst, words[0]!, phrase);
      push(this.byLast, words[words.length - 1]!, phrase);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Whether every entry starting with this word is this word alone. */
  onlyOneWord(word: string): boolean {
    return this.byFirst.get(word)?.every((p) => p.words.length === 1) ?? false;
  }

  /** The words entries can end with. */
  lastWords(): string[] {
    return [...this.byLast.keys()];
  }

  /** The words entries can start with. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** The longest entry starting at token `i`, ending before `limit`. */
  matchAt(w: Words, i: number, limit: number): PhraseMatch<V> | null {
    if (i >= limit) return null;
    const candidates = this.byFirst.get(w.key(i));
    if (!candidates) return null;
    for (const p of candidates) {
      let t = i;
      let ok = true;
      for (let k = 0; k < p.words.length; k++) {
        if (k > 0) t = w.skipForward(t, limit);
        if (t >= limit || w.key(t) !== p.words[k]) {
          ok = false;
          break;
        }
        t++;
      }
      if (ok) return { start: i, end: t, value: p.value, words: p.words };
    }
    return null;
  }

  /** The longest entry whose last word is token `j`, starting at or after `floor`. */
  matchEndingAt(w: Words, j: number, floor: number): PhraseMatch<V> | null {
    if (j < floor) return null;
    const candidates = this.byLast.get(w.key(j));
    if (!candidates) return null;
    for (const p of candidates) {
      const start = startOf(w, p, j, floor);
      if (start >= 0) return { start, end: j + 1, value: p.value, words: p.words };
    }
    return null;
  }

  /** Every entry whose last word is token `j`, longest first. */
  allEndingAt(w: Words, j: number, floor: number): PhraseMatch<V>[] {
    if (j < floor) return [];
    const candidates = this.byLast.get(w.key(j));
    if (!candidates) return [];
    const out: PhraseMatch<V>[] = [];
    for (const p of candidates) {
      const start = startOf(w, p, j, floor);
      if (start >= 0) out.push({ start, end: j + 1, value: p.value, words: p.words });
    }
    return out;
  }
}

/** The first token of `p` read backwards from its last word at `j`, or -1 when it is not there. */
function startOf<V>(w: Words, p: Phrase<V>, j: number, floor: number): number {
  let t = j;
  for (let k = p.words.length - 1; k >= 0; k--) {
    if (k < p.words.length - 1) t = w.skipBackward(t, floor);
    if (t < floor || w.key(t) !== p.words[k]) return -1;
    if (k > 0) t--;
  }
  return t;
}

function push<V>(map: Map<string, Phrase<V>[]>, key: string, phrase: Phrase<V>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}
