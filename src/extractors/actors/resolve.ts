/**
 * Bare nouns take their actor from the text: the nearest earlier actor that
 * fits (`la Résistance` → the resistance group named before, `les milices
 * irakiennes` → the Iraqi armed group named before, `l'armée` → the state
 * named nearest before), else a fallback (the text's main country, or its
 * resistance group); when nothing fits, the noun is no mention.
 */
import bareData from './lexicon/bare.json' with { type: 'json' };
import type { CountryContext } from './context.js';
import type { Gazetteer } from './gazetteer.js';
import type { ActorEntry, BareResolution, Candidate } from './types.js';

const RESISTANCE = bareData.resistanceByCountry as Record<string, string>;

/** Fill `entry` of every bare candidate it can; `actors` are the candidates kept as actors, in text order. */
export function resolveBare(g: Gazetteer, ctx: CountryContext, actors: Candidate[]): void {
  const seen = new Recent();
  // Only a bare noun that refers back reads what was seen: nothing after the last one needs noting.
  let lastReader = -1;
  actors.forEach((c, k) => {
    if (c.role === 'bare' && c.resolve && !(c.resolve.kind === 'state' && !c.resolve.tag)) lastReader = k;
  });
  actors.forEach((c, k) => {
    if (c.role === 'bare' && c.resolve) {
      const r = c.resolve;
      if (r.kind === 'state' && !r.tag) c.entry = r.fallback === 'near' ? ctx.nearState(c.start) : (ctx.nearestState(c.start) ?? ctx.dominant());
    else c.entry = seen.find(r) ?? firstAfter(actors, k, r) ?? fallback(g, ctx, r);
      if (c.entry?.kind === 'state') ctx.add(c.start, c.entry);
    }
    // Bare nouns refer back by tag or to armed groups; states are found through the country context.
    if (k < lastReader && c.entry && (c.entry.kind !== 'state' || c.entry.tags.length > 0)) seen.note(c.entry);
  });
}

/** The last actor seen with each tag, of each kind, of each kind and country: what a bare noun may refer back to. */
class Recent {
  private readonly last = new Map<string, ActorEntry>();
  private readonly keysOf = new Map<ActorEntry, string[]>();

  note(e: ActorEntry): void {
    let keys = this.keysOf.get(e);
    if (!keys) {
      keys = [`kind:${e.kind}`, `kind:${e.kind}:${e.country}`];
      for (const t of e.tags) keys.push(`tag:${t}`, `tag:${t}:${e.country}`);
      this.keysOf.set(e, keys);
    }
    for (const k of keys) this.last.set(k, e);
  }

  find(r: BareResolution): ActorEntry | null {
    const country = r.country ? `:${r.country}` : '';
    if (r.tag) {
      const e = this.last.get(`tag:${r.tag}${country}`);
      return e && (!r.kind || e.kind === r.kind) ? e : null;
    }
    return r.kind ? (this.last.get(`kind:${r.kind}${country}`) ?? null) : null;
  }
}

function fits(e: ActorEntry, r: BareResolution): boolean {
  if (r.tag && !e.tags.includes(r.tag)) return false;
  if (r.kind && e.kind !== r.kind) return false;
  return !r.country || e.country === r.country;
}

/** How far ahead a headline may look for what it names. */
const LOOK_AHEAD = 200;

/** A headline names what the body names after it (`la Résistance menace...` above `La Résistance islamique en Irak a...`). */
function firstAfter(actors: readonly Candidate[], k: number, r: BareResolution): ActorEntry | null {
  if (!r.tag) return null;
  for (let i = k + 1; i < actors.length && i <= k + LOOK_AHEAD; i++) {
    const c = actors[i]!;
    if (c.role !== 'bare' && c.entry && fits(c.entry, r)) return c.entry;
  }
  return null;
}

function fallback(g: Gazetteer, ctx: CountryContext, r: BareResolution): ActorEntry | null {
  if (r.fallback === null) return null;
  if (r.fallback === 'dominant') return ctx.dominant();
  if (r.fallback === 'resistance') {
    const country = r.country ?? ctx.dominant()?.country;
    const id = country ? RESISTANCE[country] : undefined;
    return id ? (g.byId.get(id) ?? null) : null;
  }
  return g.byId.get(r.fallback) ?? null;
}
