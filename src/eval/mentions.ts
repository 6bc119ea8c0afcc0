/**
 * Mention scoring, per category (ANNOTATION.md §7): a predicted mention is
 * found when its span overlaps an occurrence of a gold text; its value is
 * right when it also agrees with the gold mention it overlaps.
 */
import type { Mentions } from '../schema.js';
import { actorsAgree, datesAgree, placesAgree, quantitiesAgree } from './agree.js';
import type { GoldMentions, MentionCategory } from './gold.js';
import type { Prf } from './metrics.js';
import { goldOccurrences, overlaps, type Occurrence, type Range, type SearchableText } from './occurrences.js';

export interface MentionCounts {
  predicted: number;
  /** Predicted mentions overlapping a gold occurrence. */
  found: number;
  /** Gold occurrences. */
  gold: number;
  /** Gold occurrences overlapped by a prediction. */
  goldFound: number;
  /** Found predictions whose value agrees with an overlapped gold mention. */
  valueRight: number;
}

export interface MentionDetail {
  category: MentionCategory;
  start: number;
  end: number;
  text: string;
  /** found+right, found+wrong value, spurious, or missed (gold only). */
  status: 'right' | 'wrong-value' | 'spurious' | 'missed';
  /** What the gold says, for wrong values and misses. */
  gold?: unknown;
  predicted?: unknown;
}

export const zeroMentionCounts = (): MentionCounts => ({ predicted: 0, found: 0, gold: 0, goldFound: 0, valueRight: 0 });

export function addMentionCounts(a: MentionCounts, b: MentionCounts): MentionCounts {
  return {
    predicted: a.predicted + b.predicted,
    found: a.found + b.found,
    gold: a.gold + b.gold,
    goldFound: a.goldFound + b.goldFound,
    valueRight: a.valueRight + b.valueRight,
  };
}

export function mentionPrf(c: MentionCounts): Prf & { normalization: number } {
  const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.found / c.predicted;
  const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.goldFound / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const normalization = c.found === 0 ? (c.predicted === 0 && c.gold === 0 ? 1 : 0) : c.valueRight / c.found;
  return { precision, recall, f1, normalization };
}

const AGREE: { [K in MentionCategory]: (p: Mentions[K][number], g: GoldMentions[K][number]) => boolean } = {
  dates: (p, g) => datesAgree(p, g),
  actors: (p, g) => actorsAgree(p, g),
  places: (p, g) => placesAgree(p, g),
  quantities: (p, g) => quantitiesAgree(p, g),
  attackTypes: (p, g) => p.value === g.value,
};

export function scoreMentions(
  doc: SearchableText,
  gold: GoldMentions,
  predicted: Mentions,
): { counts: Record<MentionCategory, MentionCounts>; details: MentionDetail[] } {
  const occurrences = goldOccurrences(doc, gold);
  const counts = {} as Record<MentionCategory, MentionCounts>;
  const details: MentionDetail[] = [];
  for (const category of Object.keys(AGREE) as MentionCategory[]) {
    const occ = occurrences[category] as Occurrence<never>[];
    const preds = (predicted[category] as (Range & { text: string })[]).filter((p) => !doc.dateline || !overlaps(p, doc.dateline));
    const agree = AGREE[category] as (p: unknown, g: unknown) => boolean;
    const c = zeroMentionCounts();
    c.predicted = preds.length;
    c.gold = occ.length;
    const covered = new Set<number>();
    for (const p of preds) {
      const hits = occ.map((o, i) => [o, i] as const).filter(([o]) => overlaps(p, o));
      if (hits.length === 0) {
        details.push({ category, start: p.start, end: p.end, text: p.text, status: 'spurious', predicted: p });
        continue;
      }
      c.found++;
      for (const [, i] of hits) covered.add(i);
      const right = hits.some(([o]) => agree(p, o.mention));
      if (right) c.valueRight++;
      details.push({
        category,
        start: p.start,
        end: p.end,
        text: p.text,
        status: right ? 'right' : 'wrong-value',
        predicted: p,
        gold: hits[0]![0].mention,
      });
    }
    c.goldFound = covered.size;
    occ.forEach((o, i) => {
      if (!covered.has(i)) details.push({ category, start: o.start, end: o.end, text: doc.text.slice(o.start, o.end), status: 'missed', gold: o.mention });
    });
    counts[category] = c;
  }
  return { counts, details };
}
