/**
 * Lexicon phrases looked up over words, longest first: a Map from a phrase's
 * first word (or last word, for phrases that end where a match must end) to
 * its entries, so a lookup costs one Map access per word.
 */
import { lexKey } from '../text/fold.js';
import { KeyFilter } from './key-filter.js';
import type { Words } from './words.js';

export interface PhraseMatch<T> {
  value: T;
  /** First word of the match. */
  start: number;
  /** Word after the match. */
  end: number;
}

interface Entry<T> {
  words: string[];
  value: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private readonly firsts: KeyFilter;
  private readonly lasts: KeyFilter;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = lexKey(phrase).split(' ').filter((w) => w.length > 0);
      if (words.length === 0) continue;
      push(this.byFirst, words[0]!, { words, value });
      push(this.byLast, words[words.length - 1]!, { words, value });
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
    this.firsts = new KeyFilter(this.byFirst.keys());
    this.lasts = new KeyFilter(this.byLast.keys());
  }

  /** The first words of the phrases, to build a `FirstWordFilter` from. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at word `w`, ending before word `limit`, that `accept` takes. */
  at(words: Words, w: number, limit: number, accept?: (value: T, start: number, end: number) => boolean): PhraseMatch<T> | null {
    if (!this.firsts.mayBe(words, w)) return null;
    const list = this.byFirst.get(words.key(w));
    if (!list) return null;
    for (const e of list) {
      const end = w + e.words.length;
      if (end > limit) continue;
      let k = 1;
      while (k < e.words.length && words.key(w + k) === e.words[k]) k++;
      if (k === e.words.length && (!accept || accept(e.value, w, end))) return { value: e.value, start: w, end };
    }
    return null;
  }

  /** The longest phrase ending at word `w` (inclusive) and starting at or after word `floor`. */
  endingAt(words: Words, w: number, floor: number): PhraseMatch<T> | null {
    if (w < floor || !this.lasts.mayBe(words, w)) return null;
    const list = this.byLast.get(words.key(w));
    if (!list) return null;
    for (const e of list) {
      const start = w - e.words.length + 1;
      if (start < floor) continue;
      let k = 0;
      while (k < e.words.length - 1 && words.key(start + k) === e.words[k]) k++;
      if (k === e.words.length - 1) return { value: e.value, start, end: w + 1 };
    }
    return null;
  }
}

function push<T>(map: Map<string, Entry<T>[]>, key: string, entry: Entry<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
