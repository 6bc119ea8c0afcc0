/**
 * Where the gold texts occur in a document: every occurrence of a gold
 * mention's text counts as gold, matched on folded text at word boundaries
 * (ANNOTATION.md §2), except inside the machine dateline, inside a longer
 * gold mention of the other category (actors and places), and inside a
 * longer occurrence of the same category (decided here: one place, not two,
 * where `bande de Gaza` holds `Gaza`).
 */
import type { GoldMentions, MentionCategory } from './gold.js';
import type { Range, SearchableText } from './searchable.js';

export { overlaps, SearchableText, type Range } from './searchable.js';

export interface Occurrence<M> extends Range {
  mention: M;
}

export type GoldOccurrences = { [K in MentionCategory]: Occurrence<GoldMentions[K][number]>[] };

/** Actors and places exclude each other's nested occurrences; other categories do not. */
const OTHER: Partial<Record<MentionCategory, MentionCategory>> = { actors: 'places', places: 'actors' };

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/** Every occurrence of every gold text of a category, before any exclusion. */
export function rawOccurrences<K extends MentionCategory>(doc: SearchableText, mentions: GoldMentions[K]): Occurrence<GoldMentions[K][number]>[] {
  const list: Occurrence<GoldMentions[K][number]>[] = [];
  for (const mention of mentions) for (const r of doc.find(mention.text)) list.push({ ...r, mention });
  return list;
}

/** Every gold occurrence of every category, in document order, one per span. */
export function goldOccurrences(doc: SearchableText, mentions: GoldMentions): GoldOccurrences {
  const raw = {} as Record<MentionCategory, Occurrence<unknown>[]>;
  for (const category of Object.keys(mentions) as MentionCategory[]) raw[category] = rawOccurrences(doc, mentions[category]);
  const out = {} as Record<MentionCategory, Occurrence<unknown>[]>;
  for (const category of Object.keys(raw) as MentionCategory[]) {
    const own = raw[category];
    const otherCategory = OTHER[category];
    const other = otherCategory ? raw[otherCategory] : [];
    const seen = new Set<string>();
    out[category] = own
      .filter((o) => !other.some((x) => contains(x, o)) && !own.some((x) => contains(x, o)))
      .filter((o) => {
        const key = `${o.start}:${o.end}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .sort((a, b) => a.start - b.start);
  }
  return out as GoldOccurrences;
}
