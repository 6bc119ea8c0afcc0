/**
 * Where the gold texts occur in a document: every occurrence of a gold
 * mention's text counts as gold, matched on folded text at word boundaries
 * (ANNOTATION.md §2), except inside the machine dateline, inside a longer
 * gold mention of the other category (actors and places), and inside a
 * longer occurrence of the same category (decided here: one place, not two,
 * where `bande de Gaza` holds `Gaza`).
 */
import { scoreFold, scoreKey } from './fold.js';
import type { GoldMentions, MentionCategory } from './gold.js';

export interface Range {
  start: number;
  end: number;
}

export interface Occurrence<M> extends Range {
  mention: M;
}

const MACHINE_DATELINE_RE = /^\s*date\s+\d{4}(?:-\d{2}){0,2}(?=\s|$)/;

/** A document prepared for searching: folded, spaces collapsed, with offsets back. */
export class SearchableText {
  readonly text: string;
  private readonly compact: string;
  private readonly toDoc: number[];
  /** The machine dateline at the very start, never scored. */
  readonly dateline: Range | null;

  constructor(text: string) {
    this.text = text;
    const folded = scoreFold(text);
    const chars: string[] = [];
    const map: number[] = [];
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i]!;
      if (c === ' ' && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(c);
      map.push(i);
    }
    this.compact = chars.join('');
    this.toDoc = map;
    const m = MACHINE_DATELINE_RE.exec(text);
    this.dateline = m ? { start: 0, end: m[0].length } : null;
  }

  /** Every word-bounded occurrence of `needle` (folded), as document ranges. */
  find(needle: string): Range[] {
    const key = scoreKey(needle);
    if (key.length === 0) return [];
    const out: Range[] = [];
    const hay = this.compact;
    for (let i = hay.indexOf(key); i >= 0; i = hay.indexOf(key, i + 1)) {
      const before = i === 0 ? ' ' : hay[i - 1];
      const after = i + key.length >= hay.length ? ' ' : hay[i + key.length];
      if (before !== ' ' || after !== ' ') continue;
      const range = { start: this.toDoc[i]!, end: this.toDoc[i + key.length - 1]! + 1 };
      if (this.dateline && overlaps(range, this.dateline)) continue;
      out.push(range);
    }
    return out;
  }

  /** Where an evidence sentence lies: exact first, then folded. */
  locate(sentence: string): Range | null {
    const exact = this.text.indexOf(sentence);
    if (exact >= 0) return { start: exact, end: exact + sentence.length };
    return this.find(sentence)[0] ?? null;
  }
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

type GoldOccurrences = { [K in MentionCategory]: Occurrence<GoldMentions[K][number]>[] };

/** Every gold occurrence of every category. */
export function goldOccurrences(doc: SearchableText, mentions: GoldMentions): GoldOccurrences {
  const raw = {} as GoldOccurrences;
  for (const category of Object.keys(mentions) as MentionCategory[]) {
    const list: Occurrence<never>[] = [];
    for (const mention of mentions[category]) {
      for (const r of doc.find(mention.text)) list.push({ ...r, mention: mention as never });
    }
    (raw as Record<string, Occurrence<unknown>[]>)[category] = list;
  }
  const out = {} as GoldOccurrences;
  for (const category of Object.keys(raw) as MentionCategory[]) {
    const own: Occurrence<unknown>[] = raw[category];
    const other: Occurrence<unknown>[] = category === 'actors' ? raw.places : category === 'places' ? raw.actors : [];
    const kept = own.filter((o) => !other.some((x) => contains(x, o)) && !own.some((x) => x !== o && contains(x, o)));
    const seen = new Set<string>();
    (out as Record<string, Occurrence<unknown>[]>)[category] = kept
      .filter((o) => {
        const k = `${o.start}:${o.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => a.start - b.start);
  }
  return out;
}
