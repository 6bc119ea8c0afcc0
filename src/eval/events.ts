/**
 * Event scoring (ANNOTATION.md §7): a predicted event matches a gold event of
 * the same type whose evidence overlaps its own, one to one, best slot
 * agreement first. Slots are scored micro-averaged; the slots of unmatched
 * events count whole.
 */
import type { Event } from '../schema.js';
import { actorsAgree, datesAgree, placesAgree, quantitiesAgree } from './agree.js';
import type { GoldEvent } from './gold.js';
import { addCounts, zeroCounts, type Counts } from './metrics.js';
import { overlaps, type Range, type SearchableText } from './occurrences.js';

export const SLOTS = ['type', 'attackTypes', 'date', 'actor', 'target', 'places', 'killed', 'injured', 'troops', 'count'] as const;
export type Slot = (typeof SLOTS)[number];
export type SlotCounts = Record<Slot, Counts>;

export const zeroSlotCounts = (): SlotCounts => Object.fromEntries(SLOTS.map((s) => [s, zeroCounts()])) as SlotCounts;

export function addSlotCounts(a: SlotCounts, b: SlotCounts): SlotCounts {
  return Object.fromEntries(SLOTS.map((s) => [s, addCounts(a[s], b[s])])) as SlotCounts;
}

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

const QUANTITY_SLOTS = ['killed', 'injured', 'troops', 'count'] as const;

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
  return list.map((s) => doc.locate(s)).filter((r): r is Range => r !== null);
}

/** Slot counts of a pair; either side may be missing (an unmatched event). */
export function compareSlots(p: Event | null, g: GoldEvent | null): SlotCounts {
  const out = zeroSlotCounts();
  single(out.type, p?.type ?? null, g?.type ?? null, () => true);
  const pTypes = new Set(p?.attackTypes ?? []);
  const gTypes = new Set(g?.attackTypes ?? []);
  for (const t of pTypes) if (gTypes.has(t)) out.attackTypes.tp++;
  else out.attackTypes.fp++;
  for (const t of gTypes) if (!pTypes.has(t)) out.attackTypes.fn++;
  single(out.date, p?.date ?? null, g?.date ?? null, datesAgree);
  const straight = [zeroCounts(), zeroCounts()] as const;
  single(straight[0], p?.actor ?? null, g?.actor ?? null, actorsAgree);
  single(straight[1], p?.target ?? null, g?.target ?? null, actorsAgree);
  let [actor, target] = straight;
  if (p?.type === 'agreement' && g) {
    const swapped = [zeroCounts(), zeroCounts()] as const;
    single(swapped[0], p.actor, g.target, actorsAgree);
    single(swapped[1], p.target, g.actor, actorsAgree);
    if (swapped[0].tp + swapped[1].tp > actor.tp + target.tp) [actor, target] = swapped;
  }
  out.actor = actor;
  out.target = target;
  scorePlaces(out.places, p?.places ?? [], g?.places ?? []);
  for (const s of QUANTITY_SLOTS) single(out[s], p?.[s] ?? null, g?.[s] ?? null, quantitiesAgree);
  return out;
}

function single<P, G>(c: Counts, p: P | null, g: G | null, agree: (p: P, g: G) => boolean): void {
  if (p !== null && g !== null) {
    if (agree(p, g)) c.tp++;
    else {
      c.fp++;
      c.fn++;
    }
  } else if (p !== null) c.fp++;
  else if (g !== null) c.fn++;
}

function scorePlaces(c: Counts, predicted: Event['places'], gold: GoldEvent['places']): void {
  const used = new Set<number>();
  for (const g of gold) {
    const i = predicted.findIndex((p, k) => !used.has(k) && placesAgree(p, g));
    if (i >= 0) {
      used.add(i);
      c.tp++;
    } else c.fn++;
  }
  c.fp += predicted.length - used.size;
}
