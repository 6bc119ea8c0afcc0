/**
 * Event scoring (ANNOTATION.md §7): a predicted event matches a gold event of
 * the same type whose evidence overlaps its own, one to one, best slot
 * agreement first. Slots are scored micro-averaged; the slots of unmatched
 * events count whole.
 */
import type { Event } from '../schema.js';
import type { GoldEvent } from './gold.js';
import type { Counts } from './metrics.js';
import { overlaps, type Range, type SearchableText } from './searchable.js';
import { addSlotCounts, compareSlots, SLOTS, zeroSlotCounts, type SlotCounts } from './slots.js';

export { addSlotCounts, compareSlots, SLOTS, zeroSlotCounts, type Slot, type SlotCounts } from './slots.js';

export interface EventPair {
  predicted: Event;
  gold: GoldEvent;
  slots: SlotCounts;
}

export interface EventScore {
  counts: Counts;
  slots: SlotCounts;
  matched: EventPair[];
  missed: GoldEvent[];
  spurious: Event[];
}

export function scoreEvents(doc: SearchableText, gold: readonly GoldEvent[], predicted: readonly Event[]): EventScore {
  const goldSpans = gold.map((g) => evidenceRanges(doc, g));
  const candidates: { p: number; g: number; slots: SlotCounts; agreement: number }[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      if (p.type !== g.type || !goldSpans[gi]!.some((r) => overlaps(r, p.evidence))) return;
      const slots = compareSlots(p, g);
      candidates.push({ p: pi, g: gi, slots, agreement: SLOTS.reduce((n, s) => n + slots[s].tp, 0) });
    });
  });
  candidates.sort((a, b) => b.agreement - a.agreement || a.g - b.g || a.p - b.p);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matched: EventPair[] = [];
  let slots = zeroSlotCounts();
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    matched.push({ predicted: predicted[c.p]!, gold: gold[c.g]!, slots: c.slots });
    slots = addSlotCounts(slots, c.slots);
  }
  const spurious = predicted.filter((_, i) => !usedP.has(i));
  const missed = gold.filter((_, i) => !usedG.has(i));
  for (const p of spurious) slots = addSlotCounts(slots, compareSlots(p, null));
  for (const g of missed) slots = addSlotCounts(slots, compareSlots(null, g));
  return { counts: { tp: matched.length, fp: spurious.length, fn: missed.length }, slots, matched, missed, spurious };
}

function evidenceRanges(doc: SearchableText, g: GoldEvent): Range[] {
  const list = typeof g.evidence === 'string' ? [g.evidence] : g.evidence;
  return list.flatMap((s) => doc.locate(s));
}
