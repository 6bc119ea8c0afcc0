/**
 * Gazetteer names in the text, left to right, longest first.
 */
import { isHyphenPrefixed } from './agency.js';
import { uint8s } from '../token-lookup/doc-arrays.js';
import { Gate, type Gated } from './gate.js';
import { inPersonName } from './person.js';
import type { Gazetteer } from './gazetteer.js';
import { matchNameAt, type NameMatch } from './match.js';
import { CaseRule, type Candidate } from './types.js';
import { TokenKind } from '../../text/tokens.js';
import type { TokenView } from './view.js';

const CARDINALS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'cent', 'mille', 'plusieurs', 'quelques', 'dizaines', 'centaines', 'milliers']);

/** `Sept talibans ont été abattus`: members counted, not the group (a name written in lower case is a common noun). */
function counted(view: TokenView, m: NameMatch): boolean {
  if (m.alias.cases[0] !== CaseRule.Any) return false;
  const p = view.prev(m.start);
  return p >= 0 && (view.tokens.kind[p] === TokenKind.Number || CARDINALS.has(view.lower(p)));
}

/** `#Libération_Palestine`, `@Hamas_info`: part of a tag or a handle, not a mention. */
function inHashtag(view: TokenView, m: NameMatch): boolean {
  const t = view.tokens;
  const before = m.start - 1;
  if (before >= 0 && t.end[before] === t.start[m.start] && tagGlue(view, before)) return true;
  const after = m.end;
  return after < view.count && t.start[after] === t.end[m.end - 1] && tagGlue(view, after);
}

function tagGlue(view: TokenView, i: number): boolean {
  return view.keyIs(i, '_') || view.keyIs(i, '#') || view.keyIs(i, '@');
}

const RULES = { name: 'gazetteer', country: 'country-name', acting: 'seat-of-power', block: 'not-an-actor' } as const;

/** Appends the matches to `out`; returns the tokens where a name starts (1), which other rules leave alone. */
export function findNames(view: TokenView, g: Gazetteer, gate: Gated, out: Candidate[]): Uint8Array {
  const starts = uint8s(view.tokens, view.count);
  let from = 0;
  for (const s of gate.tokens) {
    if (s < from) continue;
    const bits = gate.mask[s]!;
    const loose = (bits & Gate.LooseRoot) !== 0;
    if ((bits & Gate.Name) === 0 && !loose) continue;
    const m = matchNameAt(view, g, s, (bits & Gate.Name) !== 0, loose);
    if (!m) continue;
    starts[s] = 1;
    starts[m.start] = 1;
    const oneWord = view.next(m.start) >= m.end || m.end - m.start === 1;
    const person = oneWord && m.alias.role !== 'block' && inPersonName(view, m.start, m.end, (i) => (gate.mask[i]! & Gate.Name) !== 0 && g.strict.root.has(view.key(i)));
    if (!isHyphenPrefixed(view, m.start) && !counted(view, m) && !inHashtag(view, m) && !person) {
      out.push({ start: m.start, end: m.end, rule: RULES[m.alias.role], entry: m.alias.entry, role: m.alias.role, priority: 3 });
    }
    from = m.end;
  }
  return starts;
}
