/**
 * Small builders for hand-made scoring cases: gold files and predictions
 * written compactly, spans found in the case's text.
 */
import type { GoldEvent, GoldFile, GoldMentions } from '../../src/eval/gold.js';
import type { Event, Mentions } from '../../src/schema.js';

/** The span of the `nth` occurrence (0-based) of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) is not in the case text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function gold(partial: { referenceDate?: string | null; events?: GoldEvent[]; mentions?: Partial<GoldMentions> }): GoldFile {
  return {
    referenceDate: partial.referenceDate ?? '2024-11',
    events: partial.events ?? [],
    mentions: { dates: [], actors: [], places: [], quantities: [], attackTypes: [], ...partial.mentions },
  };
}

export function goldEvent(partial: Partial<GoldEvent> & Pick<GoldEvent, 'type' | 'evidence'>): GoldEvent {
  return { attackTypes: [], date: null, actor: null, target: null, places: [], killed: null, injured: null, troops: null, count: null, ...partial };
}

type At = { at: string; nth?: number };
type Slot<T> = (T & At) | null;

/** A predicted event; every slot names its text (`at`) so that spans are real. */
export function event(
  text: string,
  spec: {
    type: Event['type'];
    evidence: string;
    attackTypes?: Event['attackTypes'];
    date?: Slot<{ value: string | null; precision?: 'day' | 'month' | 'year' }>;
    actor?: Slot<{ id?: string; name: string }>;
    target?: Slot<{ id?: string; name: string }>;
    places?: ({ name: string; country: string | null } & At)[];
    killed?: Slot<{ value: number }>;
    injured?: Slot<{ value: number }>;
    troops?: Slot<{ value: number }>;
    count?: Slot<{ value: number }>;
  },
): Event {
  const s = (x: At) => spanOf(text, x.at, x.nth);
  const actor = (a: Slot<{ id?: string; name: string }> | undefined) => (a ? { ...s(a), id: a.id ?? a.name.toLowerCase(), name: a.name, kind: 'state' as const } : null);
  const quantity = (q: Slot<{ value: number }> | undefined) => (q ? { ...s(q), value: q.value, qualifier: 'exact' as const } : null);
  const evidence = spanOf(text, spec.evidence);
  return {
    type: spec.type,
    attackTypes: spec.attackTypes ?? [],
    date: spec.date ? { ...s(spec.date), value: spec.date.value, precision: spec.date.precision ?? 'day' } : null,
    actor: actor(spec.actor),
    target: actor(spec.target),
    places: (spec.places ?? []).map((p) => ({ ...s(p), name: p.name, country: p.country, kind: 'city' as const, lat: null, lon: null })),
    killed: quantity(spec.killed),
    injured: quantity(spec.injured),
    troops: quantity(spec.troops),
    count: quantity(spec.count),
    evidence,
    trigger: evidence,
    confidence: 1,
  };
}

type MentionSpec = { [K in keyof Mentions]?: (Omit<Mentions[K][number], 'start' | 'end' | 'text' | 'rule'> & At)[] };

/** Predicted mentions; each names its text (`at`, `nth`). */
export function mentions(text: string, spec: MentionSpec): Mentions {
  const out: Mentions = { dates: [], actors: [], places: [], quantities: [], attackTypes: [] };
  for (const [category, list] of Object.entries(spec) as [keyof Mentions, (At & Record<string, unknown>)[]][]) {
    (out[category] as unknown[]) = list.map(({ at, nth, ...rest }) => ({ ...spanOf(text, at, nth), ...rest, rule: 'test' }));
  }
  return out;
}
