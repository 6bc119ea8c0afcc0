/**
 * Which country a text is about: the nearest state named before a point,
 * and the state the whole text names most (countries, capitals, state
 * bodies, demonyms), for nouns such as `l'armée` that name no country.
 */
import type { Gazetteer } from './gazetteer.js';
import type { ActorEntry, Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';

/** How many sentences back `l'armée` may look for its country before taking the text's main one. */
const NEAR_SENTENCES = 2;

export class CountryContext {
  private readonly view: TokenView;
  private readonly g: Gazetteer;
  /** State mentions and country or capital names (places included), in text order. */
  private readonly evidence: { token: number; entry: ActorEntry }[] = [];
  private dominantCache: ActorEntry | null | undefined;

  constructor(view: TokenView, g: Gazetteer, states: readonly Candidate[]) {
    this.view = view;
    this.g = g;
    for (const c of states) if (c.entry?.kind === 'state' && c.entry.country) this.evidence.push({ token: c.start, entry: c.entry });
    this.evidence.sort((a, b) => a.token - b.token);
  }

  add(token: number, entry: ActorEntry): void {
    let i = this.evidence.length;
    while (i > 0 && this.evidence[i - 1]!.token > token) i--;
    this.evidence.splice(i, 0, { token, entry });
  }

  /** The state named nearest before `token`, within a few sentences. */
  nearestState(token: number): ActorEntry | null {
    const sentence = this.view.sentence(token);
    for (let i = this.evidence.length - 1; i >= 0; i--) {
      const e = this.evidence[i]!;
      if (e.token >= token) continue;
      return sentence - this.view.sentence(e.token) <= NEAR_SENTENCES ? e.entry : null;
    }
    return null;
  }

  dominant(): ActorEntry | null {
    if (this.dominantCache !== undefined) return this.dominantCache;
    const counts = new Map<string, { n: number; first: number }>();
    const note = (code: string, token: number): void => {
      const c = counts.get(code);
      if (c) c.n++;
      else counts.set(code, { n: 1, first: token });
    };
    for (const e of this.evidence) note(e.entry.country!, e.token);
    const view = this.view;
    for (let s = view.first; s < view.count; s++) {
      if (!view.isWord(s)) continue;
      const d = longestAt(view, this.g.demonyms, s);
      if (d) {
        note(d.values[0]!, s);
        s = d.end - 1;
      }
    }
    let best: [string, { n: number; first: number }] | null = null;
    for (const kv of counts) if (!best || kv[1].n > best[1].n || (kv[1].n === best[1].n && kv[1].first < best[1].first)) best = kv;
    this.dominantCache = best ? (this.g.states.get(best[0]) ?? null) : null;
    return this.dominantCache;
  }
}
