/**
 * The context words of data/context.json and the countries' demonyms, as
 * sets and maps keyed by folded words, built at first use.
 */
import countriesData from '../../lexicons/fr/countries.json' with { type: 'json' };
import type { PlaceKind } from '../../schema.js';
import { lexKey } from '../../text/fold.js';
import contextData from './data/context.json' with { type: 'json' };

export interface Head {
  readonly words: readonly string[];
  readonly kind: PlaceKind;
  readonly includeHead: boolean;
}

export interface ActorHead {
  readonly words: readonly string[];
  readonly prepositions: readonly (readonly string[])[];
}

/** An actor head with one of its prepositions, as one word sequence (`resistance islamique en`). */
export type ActorLead = readonly string[];

export interface PlaceLexicon {
  /** Heads by their first word, longest first. */
  readonly heads: ReadonlyMap<string, readonly Head[]>;
  readonly adjectives: ReadonlySet<string>;
  readonly prepositions: readonly (readonly string[])[];
  /** Locative phrases by their first word, longest first. */
  readonly locatives: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Actor heads with their prepositions, by the last word. */
  readonly actorLeads: ReadonlyMap<string, readonly ActorLead[]>;
  readonly titles: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  readonly stoplist: ReadonlySet<string>;
  /** Demonym (folded) → country code: `syrienne` → SY. */
  readonly demonyms: ReadonlyMap<string, string>;
}

let built: PlaceLexicon | null = null;

export function placeLexicon(): PlaceLexicon {
  built ??= build();
  return built;
}

const words = (s: string): string[] => lexKey(s).split(' ').filter(Boolean);

function byFirst<T>(items: T[], first: (t: T) => string, size: (t: T) => number): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const k = first(it);
    map.set(k, [...(map.get(k) ?? []), it].sort((a, b) => size(b) - size(a)));
  }
  return map;
}

function build(): PlaceLexicon {
  const heads: Head[] = contextData.heads.map((h) => ({ words: words(h.words), kind: h.kind as PlaceKind, includeHead: 'includeHead' in h && h.includeHead === true }));
  const locatives = contextData.locatives.map(words);
  const actorHeads: ActorHead[] = contextData.actorHeads.map((a) => ({ words: words(a.words), prepositions: a.prepositions.map(words) }));
  const actorLeads = new Map<string, ActorLead[]>();
  for (const a of actorHeads) {
    for (const p of a.prepositions) {
      const last = p[p.length - 1]!;
      actorLeads.set(last, [...(actorLeads.get(last) ?? []), [...a.words, ...p]]);
    }
  }
  const demonyms = new Map<string, string>();
  for (const c of countriesData.countries) for (const d of c.demonyms) if (!d.includes(' ')) demonyms.set(lexKey(d), c.code);
  return {
    heads: byFirst(heads, (h) => h.words[0]!, (h) => h.words.length),
    adjectives: new Set(contextData.adjectives.map(lexKey)),
    prepositions: contextData.prepositions.map(words).sort((a, b) => b.length - a.length),
    locatives: byFirst(locatives, (l) => l[0]!, (l) => l.length),
    actorLeads,
    titles: new Set(contextData.titles.map(lexKey)),
    firstNames: new Set(contextData.firstNames.map(lexKey)),
    stoplist: new Set(contextData.stoplist.map(lexKey)),
    demonyms,
  };
}
