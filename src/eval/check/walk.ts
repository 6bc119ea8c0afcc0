/**
 * Every annotated item of a gold file with its field path, so each check is
 * written once for event slots and mentions alike.
 */
import type { GoldFile, MentionCategory } from '../gold.js';

type Ev = GoldFile['events'][number];
type Mentions = GoldFile['mentions'];

export type Item =
  | { kind: 'date'; path: string; value: NonNullable<Ev['date']>; slot?: string }
  | { kind: 'actor'; path: string; value: NonNullable<Ev['actor']>; slot?: string }
  | { kind: 'place'; path: string; value: Ev['places'][number]; slot?: string }
  | { kind: 'quantity'; path: string; value: NonNullable<Ev['killed']> & { kind?: string }; slot?: string }
  | { kind: 'attackType'; path: string; value: Mentions['attackTypes'][number]; slot?: string };

const CATEGORY_KIND = { dates: 'date', actors: 'actor', places: 'place', quantities: 'quantity', attackTypes: 'attackType' } as const satisfies Record<MentionCategory, Item['kind']>;
const QUANTITY_SLOTS = ['killed', 'injured', 'troops', 'count'] as const;

/** Slot items of the events (with `slot`), then mention items (without). */
export function items(gold: GoldFile): Item[] {
  const out: Item[] = [];
  gold.events.forEach((e, i) => {
    const at = (s: string) => `events[${i}].${s}`;
    if (e.date) out.push({ kind: 'date', path: at('date'), value: e.date, slot: 'date' });
    if (e.actor) out.push({ kind: 'actor', path: at('actor'), value: e.actor, slot: 'actor' });
    if (e.target) out.push({ kind: 'actor', path: at('target'), value: e.target, slot: 'target' });
    e.places.forEach((p, k) => out.push({ kind: 'place', path: at(`places[${k}]`), value: p, slot: 'places' }));
    for (const s of QUANTITY_SLOTS) {
      const q = e[s];
      if (q) out.push({ kind: 'quantity', path: at(s), value: q, slot: s });
    }
  });
  for (const c of Object.keys(CATEGORY_KIND) as MentionCategory[]) {
    gold.mentions[c].forEach((m, k) => out.push({ kind: CATEGORY_KIND[c], path: `mentions.${c}[${k}]`, value: m } as Item));
  }
  return out;
}

/** The evidence sentences of an event, with their paths. */
export function evidences(e: Ev, i: number): { path: string; text: string }[] {
  return typeof e.evidence === 'string' ? [{ path: `events[${i}].evidence`, text: e.evidence }] : e.evidence.map((text, k) => ({ path: `events[${i}].evidence[${k}]`, text }));
}
