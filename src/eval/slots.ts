/**
 * Slot agreement of an event pair (ANNOTATION.md §7): a slot filled in both
 * and agreeing is a true positive; filled in the prediction only, or
 * disagreeing, a false positive; filled in gold only, or disagreeing, a false
 * negative. `attackTypes` and `places` count each value.
 */
import type { Event } from '../schema.js';
import { actorsAgree, datesAgree, placesAgree, quantitiesAgree } from './agree.js';
import type { GoldEvent } from './gold.js';
import { maximumMatching } from './matching.js';
import { addCounts, zeroCounts, type Counts } from './metrics.js';

export const SLOTS = ['type', 'attackTypes', 'date', 'actor', 'target', 'places', 'killed', 'injured', 'troops', 'count'] as const;
export type Slot = (typeof SLOTS)[number];
export type SlotCounts = Record<Slot, Counts>;

export const zeroSlotCounts = (): SlotCounts => Object.fromEntries(SLOTS.map((s) => [s, zeroCounts()])) as SlotCounts;

export function addSlotCounts(a: SlotCounts, b: SlotCounts): SlotCounts {
  return Object.fromEntries(SLOTS.map((s) => [s, addCounts(a[s], b[s])])) as SlotCounts;
}

const QUANTITY_SLOTS = ['killed', 'injured', 'troops', 'count'] as const;

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

/** Places one to one: as many agreeing pairs as possible. */
function scorePlaces(c: Counts, predicted: Event['places'], gold: GoldEvent['places']): void {
  const pairs = maximumMatching(gold.length, predicted.length, (g, p) => placesAgree(predicted[p]!, gold[g]!)).length;
  c.tp += pairs;
  c.fn += gold.length - pairs;
  c.fp += predicted.length - pairs;
}
