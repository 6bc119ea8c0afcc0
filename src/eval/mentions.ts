/**
 * Mention scoring, per category (ANNOTATION.md §7): a predicted mention is
 * found when its span overlaps an occurrence of a gold text; its value is
 * right when it also agrees with a gold mention it overlaps. Every predicted
 * mention and every gold occurrence gets a status, for the report.
 */
import type { Mentions } from '../schema.js';
import { actorsAgree, datesAgree, placesAgree, quantitiesAgree } from './agree.js';
import { MENTION_CATEGORIES, type GoldMentions, type MentionCategory } from './gold.js';
import { zeroMentionCounts, type MentionCounts } from './mention-counts.js';
import { goldOccurrences, type Occurrence } from './occurrences.js';
import { overlaps, type Range, type SearchableText } from './searchable.js';

export * from './mention-counts.js';

export type MentionStatus = 'right' | 'wrong-value' | 'spurious' | 'missed';

export interface MentionDetail extends Range {
  category: MentionCategory;
  /** `predicted`: right, wrong-value or spurious; `gold` (an occurrence): right, wrong-value or missed. */
  side: 'predicted' | 'gold';
  status: MentionStatus;
  text: string;
  /** The predicted mention (predicted side) or the gold mention (gold side). */
  mention: unknown;
  /** For a found mention, the mention it was compared with on the other side. */
  other?: unknown;
}

const AGREE: { [K in MentionCategory]: (p: Mentions[K][number], g: GoldMentions[K][number]) => boolean } = {
  dates: (p, g) => datesAgree(p, g),
  actors: (p, g) => actorsAgree(p, g),
  places: (p, g) => placesAgree(p, g),
  quantities: (p, g) => quantitiesAgree(p, g),
  attackTypes: (p, g) => p.value === g.value,
};

export function scoreMentions(doc: SearchableText, gold: GoldMentions, predicted: Mentions): { counts: Record<MentionCategory, MentionCounts>; details: MentionDetail[] } {
  const occurrences = goldOccurrences(doc, gold);
  const counts = {} as Record<MentionCategory, MentionCounts>;
  const details: MentionDetail[] = [];
  for (const category of MENTION_CATEGORIES) {
    const result = scoreCategory(doc, category, occurrences[category], predicted[category]);
    counts[category] = result.counts;
    details.push(...result.details);
  }
  details.sort((a, b) => a.start - b.start || b.end - a.end);
  return { counts, details };
}

function scoreCategory(doc: SearchableText, category: MentionCategory, occ: Occurrence<unknown>[], all: readonly (Range & { text: string })[]) {
  const agree = AGREE[category] as (p: unknown, g: unknown) => boolean;
  const predicted = all.filter((p) => !doc.dateline || !overlaps(p, doc.dateline));
  const counts = zeroMentionCounts();
  counts.predicted = predicted.length;
  counts.gold = occ.length;
  const details: MentionDetail[] = [];
  const goldState = occ.map(() => ({ found: false, right: false, by: undefined as unknown }));
  for (const p of predicted) {
    const hits = occ.flatMap((o, i) => (overlaps(p, o) ? [i] : []));
    const base = { category, side: 'predicted' as const, start: p.start, end: p.end, text: p.text, mention: p };
    if (hits.length === 0) {
      details.push({ ...base, status: 'spurious' });
      continue;
    }
    counts.found++;
    const agreeing = hits.filter((i) => agree(p, occ[i]!.mention));
    if (agreeing.length > 0) counts.valueRight++;
    for (const i of hits) {
      const s = goldState[i]!;
      s.found = true;
      if (agreeing.includes(i)) [s.right, s.by] = [true, p];
      else s.by ??= p;
    }
    details.push({ ...base, status: agreeing.length > 0 ? 'right' : 'wrong-value', other: occ[agreeing[0] ?? hits[0]!]!.mention });
  }
  counts.goldFound = goldState.filter((s) => s.found).length;
  occ.forEach((o, i) => {
    const s = goldState[i]!;
    const status: MentionStatus = !s.found ? 'missed' : s.right ? 'right' : 'wrong-value';
    details.push({ category, side: 'gold', start: o.start, end: o.end, text: doc.text.slice(o.start, o.end), status, mention: o.mention, ...(s.found ? { other: s.by } : {}) });
  });
  return { counts, details };
}
