/**
 * Which country a text is about: the nearest state named before a point,
 * and the state the whole text names most (countries, capitals, state
 * bodies, demonyms), for nouns such as `l'armée` that name no country.
 */
import { leftContext, opensClause, verbFollows } from './clause.js';
import { Gate, type Gated } from './gate.js';
import type { Gazetteer } from './gazetteer.js';
import type { ActorEntry, Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';

interface Evidence {
  token: number;
  end: number;
  entry: ActorEntry;
  subject: boolean | undefined;
}

/** How many sentences back `l'armée` may look for its country before taking the text's main one. */
const NEAR_SENTENCES = 2;

export class CountryContext {
  private readonly view: TokenView;
  private readonly g: Gazetteer;
  /** State mentions and country or capital names (places included), in text order; `subject` when one heads its clause (read when needed). */
  private readonly evidence: Evidence[] = [];
  private dominantCache: ActorEntry | null | undefined;

  private readonly gate: Gated;

  /** Countries of the armed groups named: weak evidence of what the text is about (`les shebab` → Somalie). */
  private readonly groupCountries: { token: number; country: string }[] = [];

  constructor(view: TokenView, g: Gazetteer, gate: Gated, states: readonly Candidate[]) {
    this.view = view;
    this.g = g;
    this.gate = gate;
    for (const c of states) {
      if (c.entry && c.entry.kind !== 'state' && c.entry.country) this.groupCountries.push({ token: c.start, country: c.entry.country });
      if (c.entry?.kind !== 'state' || !c.entry.country) continue;
      this.evidence.push({ token: c.start, end: c.end, entry: c.entry, subject: undefined });
    }
    this.evidence.sort((a, b) => a.token - b.token);
  }

  /** Resolutions arrive in text order: they are kept apart, each list sorted. */
  private readonly resolved: Evidence[] = [];

  add(token: number, entry: ActorEntry): void {
    this.resolved.push({ token, end: token + 1, entry, subject: false });
  }

  private isSubject(e: Evidence): boolean {
    return (e.subject ??= opensClause(this.view, leftContext(this.view, e.token).p) && verbFollows(this.view, e.end - 1));
  }

  /**
   * The state named nearest before `token`: within a few sentences, one that
   * heads its clause first (`Le pouvoir syrien a accusé Israël. Le ministère
   * de l'Intérieur...` is Syria's ministry); else the last one named before.
   */
  nearestState(token: number): ActorEntry | null {
    return this.nearestWithin(token, NEAR_SENTENCES) ?? this.nearestWithin(token, Infinity);
  }

  /** The state named within a few sentences before `token`, or none. */
  nearState(token: number): ActorEntry | null {
    return this.nearestWithin(token, NEAR_SENTENCES);
  }

  private nearestWithin(token: number, sentences: number): ActorEntry | null {
    const a = this.nearestIn(this.evidence, token, sentences);
    const b = this.nearestIn(this.resolved, token, sentences);
    if (!a || !b) return (a ?? b)?.entry ?? null;
    if (this.isSubject(a) !== this.isSubject(b)) return (this.isSubject(a) ? a : b).entry;
    return (a.token > b.token ? a : b).entry;
  }

  private nearestIn(list: Evidence[], token: number, sentences: number): Evidence | null {
    const sentence = this.view.sentence(token);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.token < token) lo = mid + 1;
      else hi = mid;
    }
    let nearest: Evidence | null = null;
    for (let i = lo - 1; i >= 0; i--) {
      const e = list[i]!;
      if (sentence - this.view.sentence(e.token) > sentences) break;
      if (this.isSubject(e)) return e;
      nearest ??= e;
    }
    return nearest;
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
    for (const e of this.groupCountries) note(e.country, e.token);
    const view = this.view;
    let from = 0;
    for (const s of this.gate.tokens) {
      if (s < from || (this.gate.mask[s]! & Gate.Demonym) === 0) continue;
      const d = longestAt(view, this.g.demonyms, s);
      if (d) {
        note(d.values[0]!, s);
        from = d.end;
      }
    }
    let best: [string, { n: number; first: number }] | null = null;
    for (const kv of counts) if (!best || kv[1].n > best[1].n || (kv[1].n === best[1].n && kv[1].first < best[1].first)) best = kv;
    this.dominantCache = best ? (this.g.states.get(best[0]) ?? null) : null;
    return this.dominantCache;
  }
}
