/**
 * A document prepared for scoring: folded as ANNOTATION.md §7 says, spaces
 * collapsed, with a map back to the document's offsets, and its machine
 * dateline (` date 2024-11` at the very start), which is never scored.
 */
import { foldUnit, scoreKey } from './fold.js';

export interface Range {
  start: number;
  end: number;
}

const MACHINE_DATELINE_RE = /^\s*date\s+\d{4}(?:-\d{2}){0,2}(?=\s|$)/;

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export class SearchableText {
  readonly text: string;
  /** The machine dateline at the very start, never scored. */
  readonly dateline: Range | null;
  private readonly compact: string;
  private readonly toDoc: number[];

  constructor(text: string) {
    this.text = text;
    const chars: string[] = [];
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = foldUnit(text[i]!);
      if (c === '' || (c === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' '))) continue;
      chars.push(c);
      map.push(i);
    }
    this.compact = chars.join('');
    this.toDoc = map;
    const m = MACHINE_DATELINE_RE.exec(text);
    this.dateline = m ? { start: 0, end: m[0].length } : null;
  }

  /** Every word-bounded occurrence of `needle` (folded) outside the dateline (unless asked), as document ranges. */
  find(needle: string, options: { inDateline?: boolean } = {}): Range[] {
    const key = scoreKey(needle);
    if (key.length === 0) return [];
    const out: Range[] = [];
    const hay = this.compact;
    for (let i = hay.indexOf(key); i >= 0; i = hay.indexOf(key, i + 1)) {
      const before = i === 0 ? ' ' : hay[i - 1];
      const after = i + key.length >= hay.length ? ' ' : hay[i + key.length];
      if (before !== ' ' || after !== ' ') continue;
      const range = { start: this.toDoc[i]!, end: this.toDoc[i + key.length - 1]! + 1 };
      if (this.dateline && !options.inDateline && overlaps(range, this.dateline)) continue;
      out.push(range);
    }
    return out;
  }

  /** Every place a sentence (an event's evidence) lies: exact occurrences, else folded ones. */
  locate(sentence: string): Range[] {
    const out: Range[] = [];
    if (sentence.length === 0) return out;
    for (let i = this.text.indexOf(sentence); i >= 0; i = this.text.indexOf(sentence, i + 1)) {
      out.push({ start: i, end: i + sentence.length });
    }
    return out.length > 0 ? out : this.find(sentence);
  }
}
