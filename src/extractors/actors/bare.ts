/**
 * Nouns that denote an actor only through the text around them, after a
 * definite article: `la Résistance`, `la coalition`, `l'Alliance`,
 * `le groupe jihadiste`, `les milices irakiennes`. Found here; resolved to
 * an earlier actor or the article's main country in resolve.ts.
 */
import bareData from './lexicon/bare.json' with { type: 'json' };
import { Gate, type Gated } from './gate.js';
import type { Gazetteer } from './gazetteer.js';
import { ruleIndex, type BareSpec } from './lexicon-index.js';
import type { Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';
import { CaseRule, type BareResolution } from './types.js';
import type { ActorKind } from '../../schema.js';

const DETERMINERS = new Set(bareData.determiners);

export function findBareNouns(view: TokenView, g: Gazetteer, gate: Gated, out: Candidate[]): void {
  const rules = ruleIndex();
  let from = 0;
  for (const s of gate.tokens) {
    if (s < from || (gate.mask[s]! & Gate.Bare) === 0) continue;
    const hit = longestAt(view, rules.bare, s);
    if (!hit) continue;
    const { spec, words } = hit.values[0]!;
    if (words.cases[0] === CaseRule.Initial && !view.upperInitial(s)) continue;
    const d = view.prev(s);
    if (d < 0 || !DETERMINERS.has(view.word(d))) continue;
    let end = hit.end;
    const after = rules.bareAfter.get(spec);
    const a = after ? longestAt(view, after, view.next(end - 1)) : null;
    if (a) end = a.end;
    let country: string | undefined;
    const dem = longestAt(view, g.demonyms, view.next(end - 1));
    if (dem && spec.demonym) {
      country = dem.values[0]!;
      end = dem.end;
    } else if (spec.demonym === 'required') continue;
    const n = view.next(end - 1);
    if (n >= 0 && spec.notBefore?.includes(view.word(n))) continue;
    out.push({ start: s, end, rule: `bare-${spec.words.replace(/\s+/g, '-')}`, entry: null, role: 'bare', priority: 0, resolve: resolution(spec, country) });
    from = end;
  }
}

function resolution(spec: BareSpec, country: string | undefined): BareResolution {
  const r: BareResolution = { fallback: spec.resolve.fallback };
  if (spec.resolve.tag) r.tag = spec.resolve.tag;
  if (spec.resolve.kind) r.kind = spec.resolve.kind as ActorKind;
  if (country) r.country = country;
  return r;
}
