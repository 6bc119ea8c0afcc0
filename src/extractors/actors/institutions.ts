/**
 * State institutions and forces: a head noun (`armée`, `forces de sécurité`,
 * `ministère de l'Intérieur`), optional modifiers, and a country qualifier:
 * a demonym (`irakienne`), `US`, or `de` + a country or capital. Without a
 * qualifier, some heads after a definite article still denote the state the
 * text is about (`l'armée`); they are left for resolution (bare.ts).
 */
import institutionsData from './lexicon/institutions.json' with { type: 'json' };
import { Gate, type Gated } from './gate.js';
import type { Gazetteer } from './gazetteer.js';
import { ruleIndex, type HeadSpec } from './lexicon-index.js';
import { matchNameAt } from './match.js';
import { nameFromText, slugify } from './slug.js';
import type { ActorEntry, Candidate } from './types.js';
import type { TokenView } from './view.js';
import { longestAt } from './walk.js';
import { TokenKind } from '../../text/tokens.js';

const PRE_MODIFIERS = new Set(institutionsData.preModifiers);
const DETERMINERS = new Set(institutionsData.determiners);
const BARE_DETERMINERS = new Set(institutionsData.bareDeterminers);
const COUNTRY_OF = new Set(institutionsData.countryOf);
const PEOPLES = new Set(institutionsData.peoples);
const NOUN_DETERMINERS = new Set(['des', 'les', 'ces', 'aux', 'de', "d'", 'du', 'plusieurs', 'quelques', 'certains', 'nombreux', 'leurs', 'ses', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'cent', 'cents', 'mille', 'centaines', 'milliers', 'dizaines']);
const MAX_MODIFIERS = 3;

interface Qualified {
  end: number;
  entry: ActorEntry | 'people';
}

export function findInstitutions(view: TokenView, g: Gazetteer, gate: Gated, out: Candidate[]): void {
  const rules = ruleIndex();
  let from = 0;
  for (const s of gate.tokens) {
    if (s < from || (gate.mask[s]! & Gate.Head) === 0) continue;
    const hit = longestAt(view, rules.heads, s);
    if (!hit) continue;
    const head = hit.values[0]!;
    let start = s;
    const before = view.prev(s);
    if (before >= 0 && PRE_MODIFIERS.has(view.word(before))) start = before;
    if (head.nounPosition && !nounPosition(view, start)) continue;
    if (inTitle(view, start, head.titleWords)) continue;
    const afterMods = skipModifiers(view, hit.end);
    const q = qualifier(view, g, afterMods.next);
    if (q) {
      const end = head.extend || head.words.startsWith('minist') ? extendWithDepartment(view, q.end) : q.end;
      const entry = q.entry === 'people' ? peopleEntry(view, start, end) : q.entry;
      out.push({ start, end, rule: q.entry === 'people' ? 'institution-people' : 'institution', entry, role: 'rule', priority: 2 });
      from = end;
      continue;
    }
    const bareEnd = bareEndOf(view, g, head, hit.end, afterMods);
    if (bareEnd > 0 && bareDeterminer(view, start) && !inTitle(view, start, head.bareNotAfter)) {
      const fallback = head.bareNearOnly ? 'near' : 'dominant';
      out.push({ start, end: bareEnd, rule: 'institution-bare', entry: null, role: 'bare', priority: 1, resolve: { kind: 'state', fallback } });
      from = bareEnd;
    }
  }
}

/** `des militaires`, `2 500 militaires`: the word is a noun here, not an adjective (`opérations militaires`). */
export function nounPosition(view: TokenView, start: number): boolean {
  const p = view.prev(start);
  return p >= 0 && (view.tokens.kind[p] === TokenKind.Number || NOUN_DETERMINERS.has(view.word(p)));
}

function skipModifiers(view: TokenView, from: number): { next: number; last: number } {
  const mods = ruleIndex().modifiers;
  let last = from - 1;
  let j = view.next(last);
  for (let n = 0; n < MAX_MODIFIERS && j >= 0; n++) {
    const m = longestAt(view, mods, j);
    if (!m) break;
    last = m.end - 1;
    j = view.next(last);
  }
  return { next: j, last };
}

function qualifier(view: TokenView, g: Gazetteer, j: number): Qualified | null {
  if (j < 0) return null;
  const dem = longestAt(view, g.demonyms, j);
  if (dem) {
    const state = g.states.get(dem.values[0]!);
    return state ? { end: coordinatedDemonym(view, g, dem.end), entry: state } : null;
  }
  if (isUS(view, j)) return { end: j + 1, entry: g.states.get('US')! };
  if (PEOPLES.has(view.word(j))) return { end: j + 1, entry: 'people' };
  if (COUNTRY_OF.has(view.word(j))) {
    let k = view.next(j);
    if (k >= 0 && DETERMINERS.has(view.word(k))) k = view.next(k);
    const m = k >= 0 ? matchNameAt(view, g, k) : null;
    if (m && m.alias.entry.kind === 'state' && (m.alias.role === 'country' || m.alias.role === 'acting')) return { end: m.end, entry: m.alias.entry };
  }
  return null;
}

/** The token is written `US` (no string cut for the others). */
function isUS(view: TokenView, j: number): boolean {
  const s = view.tokens.start[j]!;
  return view.tokens.end[j]! - s === 2 && view.text.charCodeAt(s) === 85 && view.text.charCodeAt(s + 1) === 83;
}

/** `américains et britanniques`: the first party names the actor, the span takes both. */
function coordinatedDemonym(view: TokenView, g: Gazetteer, end: number): number {
  const et = view.next(end - 1);
  if (et < 0 || view.word(et) !== institutionsData.coordinator) return end;
  const second = longestAt(view, g.demonyms, view.next(et));
  return second ? second.end : end;
}

/** `ministère russe de la Défense`, `ministère kurde de l'Intérieur`. */
function extendWithDepartment(view: TokenView, end: number): number {
  const de = view.next(end - 1);
  if (de < 0 || !COUNTRY_OF.has(view.word(de))) return end;
  let k = view.next(de);
  if (k >= 0 && DETERMINERS.has(view.word(k))) k = view.next(k);
  if (k < 0 || !view.isWord(k) || !view.upperInitial(k)) return end;
  const after = view.next(k);
  return after >= 0 && view.isWord(after) && !view.upperInitial(after) && /(?:ère|ères|ieur|ieure|ieurs|ale|ales)$/u.test(view.lower(after)) ? after + 1 : k + 1;
}

function peopleEntry(view: TokenView, start: number, end: number): ActorEntry {
  const name = nameFromText(view.text.slice(view.tokens.start[start]!, view.tokens.end[end - 1]!));
  return { id: slugify(name), name, kind: 'state', country: null, tags: [] };
}

/** Where a bare head ends, or -1 when the head needs a qualifier it does not have. */
function bareEndOf(view: TokenView, g: Gazetteer, head: HeadSpec, headEnd: number, mods: { next: number; last: number }): number {
  if (head.bare) return mods.last + 1;
  const bm = ruleIndex().bareModifiers.get(head);
  const j = view.next(headEnd - 1);
  if (bm && j >= 0) {
    const m = longestAt(view, bm, j);
    if (m) return m.end;
  }
  if (head.bareWithName && j >= 0 && COUNTRY_OF.has(view.word(j))) return personNameEnd(view, g, view.next(j));
  return -1;
}

/** `le gouvernement de Saddam Hussein`: capitalized words that are not a country. */
function personNameEnd(view: TokenView, g: Gazetteer, k: number): number {
  if (k < 0 || !view.isWord(k) || !view.upperInitial(k) || matchNameAt(view, g, k)) return -1;
  let end = k + 1;
  for (let j = view.next(k); j >= 0 && view.isWord(j) && (view.upperInitial(j) || view.isParticle(j)); j = view.next(j)) end = j + 1;
  return end;
}

function bareDeterminer(view: TokenView, start: number): boolean {
  const d = view.prev(start);
  return d >= 0 && BARE_DETERMINERS.has(view.word(d));
}

/** `chef du gouvernement`, `secrétaire d'État`: the head is part of a person's title. */
function inTitle(view: TokenView, start: number, titles: readonly string[] | undefined): boolean {
  if (!titles) return false;
  const d = view.prev(start);
  if (d < 0 || !(BARE_DETERMINERS.has(view.word(d)) || COUNTRY_OF.has(view.word(d)))) return false;
  const title = view.prev(d);
  return title >= 0 && titles.includes(view.word(title));
}
