/**
 * `les Américains`, `les Britanniques`: a capitalized plural demonym after
 * `les` stands for the state's forces or government, for the few states
 * the press names this way (`les Palestiniens` is a people, not an actor).
 */
import institutionsData from './lexicon/institutions.json' with { type: 'json' };
import { Gate, type Gated } from './gate.js';
import type { Gazetteer } from './gazetteer.js';
import type { Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';

const SPEC = institutionsData.demonymNouns;
const STATES = new Set(SPEC.states);
const DETERMINERS = new Set(SPEC.determiners);
const NOT_AFTER = new Set(SPEC.notAfter);

export function findDemonymNouns(view: TokenView, g: Gazetteer, gate: Gated, out: Candidate[]): void {
  let from = 0;
  for (const s of gate.tokens) {
    if (s < from || (gate.mask[s]! & (Gate.Demonym | Gate.Upper)) !== (Gate.Demonym | Gate.Upper)) continue;
    const hit = longestAt(view, g.demonyms, s);
    if (!hit || !STATES.has(hit.values[0]!) || !view.lower(hit.end - 1).endsWith('s')) continue;
    const d = view.prev(s);
    if (d < 0 || !DETERMINERS.has(view.word(d))) continue;
    const before = view.prev(d);
    if (before >= 0 && NOT_AFTER.has(view.word(before))) continue;
    out.push({ start: s, end: hit.end, rule: 'demonym-noun', entry: g.states.get(hit.values[0]!)!, role: 'rule', priority: 1 });
    from = hit.end;
  }
}
