/**
 * Nationality adjectives as state actors for event slots (`une cible
 * israélienne` → Israël, `frappes US` → États-Unis), and the adjectives of
 * armed groups (`une attaque talibane` → Talibans). They are not actor
 * mentions (ANNOTATION.md §2), but they fill an event's actor or target.
 */
import type { ActorKind } from '../schema.js';
import actors from '../lexicons/fr/actors.json' with { type: 'json' };
import countries from '../lexicons/fr/countries.json' with { type: 'json' };
import curated from '../lexicons/fr/countries-curated.json' with { type: 'json' };
import { fold } from '../text/fold.js';
import { slug } from '../text/slug.js';

export interface StateRef {
  id: string;
  name: string;
  code: string;
}

let index: Map<string, StateRef> | null = null;
let byCode: Map<string, StateRef> | null = null;

function states(): Map<string, StateRef> {
  byCode ??= new Map(countries.countries.map((c) => [c.code, { id: slug(c.name), name: c.name, code: c.code }]));
  return byCode;
}

/**
 * Folded demonym (any gender and number) → the state. A demonym that several
 * countries share (`américain`: the United States and the Northern Mariana
 * Islands) goes to the country whose curated list names it, else to none.
 */
export function demonymIndex(): Map<string, StateRef> {
  if (index) return index;
  const owners = new Map<string, Set<string>>();
  for (const c of countries.countries) {
    for (const d of c.demonyms) {
      const k = fold(d);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(c.code);
    }
  }
  const preferred = new Map<string, string>();
  for (const [code, list] of Object.entries(curated.demonyms as Record<string, string[]>)) for (const d of list) preferred.set(fold(d), code);
  index = new Map();
  for (const [k, codes] of owners) {
    const code = preferred.get(k) ?? (codes.size === 1 ? [...codes][0]! : null);
    if (code) index.set(k, states().get(code)!);
  }
  index.set('us', states().get('US')!);
  return index;
}

export interface GroupRef {
  id: string;
  name: string;
  kind: ActorKind;
}

let groups: Map<string, GroupRef> | null = null;

/** Folded adjective of an armed group (`talibane`, `houthies`) → the group. */
export function groupAdjectiveIndex(): Map<string, GroupRef> {
  if (groups) return groups;
  groups = new Map();
  for (const g of actors.groups as { id: string; name: string; kind: string; adjectives?: string[] }[]) {
    for (const a of g.adjectives ?? []) groups.set(fold(a), { id: g.id, name: g.name, kind: g.kind as ActorKind });
  }
  return groups;
}

/** The state a country code names. */
export function stateOfCountry(code: string): StateRef | null {
  return states().get(code) ?? null;
}
