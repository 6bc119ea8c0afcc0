/**
 * A country or capital name is an actor or a place, never both. A country
 * name is an actor unless a place cue holds (`en Irak`, `l'ouest de l'Irak`,
 * `la Syrie voisine`, `Somalie :`); a capital or seat of power is a place
 * unless an agent cue holds (`Washington a annoncé`, `avec Bagdad`,
 * `de la part de Moscou`). A name coordinated with the one before it
 * (`les États-Unis et l'Irak`, `de la Syrie et de l'Irak`) reads as it does.
 */
import cues from './lexicon/agency.json' with { type: 'json' };
import { isFiniteVerb, leftContext, opensClause, phraseEndsAt, phraseStartsAt, verbFollows, type LeftContext } from './clause.js';
import type { Candidate } from './types.js';
import type { TokenView } from './view.js';

export type Verdict = 'actor' | 'place';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const PLACE_PREPS = set(cues.placePrepositions);
const GENITIVES = set(cues.genitives);
const SPATIAL = set(cues.spatialNouns);
const DATIVE_CUES = set(cues.dativeActorCues);
const PLACE_FOLLOWERS = set(cues.placeFollowers);
const AGENT_PREPS = set(cues.agentPrepositions);
const COORDINATORS = set(cues.coordinators);
const NO_ARTICLE = set(cues.countriesWithoutArticle);
const HYPHEN_PREFIXES = set(cues.hyphenPrefixesNotActor);
const PATIENT = cues.patientPredicates.map((p) => p.split(' '));
const PATIENT_FIRST = set(PATIENT.map((p) => p[0]!));
const AGENT_PHRASES = cues.agentPhrases.map((p) => p.split(' '));
const OBJECT_VERBS = set(cues.actorObjectVerbs);
const PLACE_NAME_HEADS = set(cues.placeNameHeads);
const SPEECH_VERBS = set(cues.speechVerbs);
const DATIVES = set(['à', 'au', 'aux']);
const BARE_GENITIVES = set(['de', "d'"]);
const YEAR_RE = /^\d{4}$/;

function isYear(view: TokenView, i: number): boolean {
  return i >= 0 && YEAR_RE.test(view.key(i));
}

/** `pro-Iran`, `anti-Hezbollah`: the name qualifies something else. */
export function isHyphenPrefixed(view: TokenView, start: number): boolean {
  const t = view.tokens;
  if (start - 2 < view.first || !view.keyIs(start - 1, '-') || t.end[start - 1] !== t.start[start]) return false;
  return HYPHEN_PREFIXES.has(view.lower(start - 2)) && t.end[start - 2] === t.start[start - 1];
}

/** Decide every country and capital candidate, in text order (coordination reads the one before). */
export function decideAgency(view: TokenView, items: readonly Candidate[]): Verdict[] {
  const out: Verdict[] = [];
  items.forEach((c, k) => {
    const ctx = leftContext(view, c.start);
    const previous = k > 0 && coordinated(view, items[k - 1]!, ctx) ? out[k - 1]! : null;
    if (placeCue(view, c, ctx)) out.push('place');
    else if (c.role === 'country') out.push(previous ?? 'actor');
    else out.push(agentCue(view, c, ctx, items[k + 1]) ? 'actor' : (previous ?? 'place'));
  });
  return out;
}

function placeCue(view: TokenView, c: Candidate, ctx: LeftContext): boolean {
  const { p } = ctx;
  if (p >= 0) {
    const w = view.word(p);
    // `le lac Tchad`, `l'avenue de France`: the name is part of a place's name.
    if (!ctx.hadDeterminer && PLACE_NAME_HEADS.has(w)) return true;
    if (PLACE_PREPS.has(w)) return !(DATIVES.has(w) && DATIVE_CUES.has(view.word(view.prev(p))));
    if (GENITIVES.has(w)) {
      // `d'Irak`, `de Syrie`: a country that takes an article, without it, is a place of origin (`du`, `des` hold one).
      if (!ctx.hadDeterminer && BARE_GENITIVES.has(w) && c.role === 'country' && !NO_ARTICLE.has(view.lower(c.start))) return true;
      if (spatialBefore(view, p)) return true;
    }
    if ((w === 'avec' || w === 'entre') && spatialBefore(view, p)) return true;
  }
  const n = view.next(c.end - 1);
  if (n < 0) return false;
  const comma = view.keyIs(n, ',');
  // `Somalie : ...`, and `Irak, la Résistance ...` at the start of a line: a topic label (not `menace les USA :`).
  if (view.keyIs(n, ':') && !(p >= 0 && isFiniteVerb(view, p))) return true;
  if (comma && p < 0 && !ctx.hadDeterminer && !verbFollows(view, c.end - 1)) return true;
  const w = view.word(n);
  if (PLACE_FOLLOWERS.has(w)) return true;
  if (w === 'de' && isYear(view, view.next(n))) return true;
  const m = comma ? view.next(n) : n;
  return m >= 0 && PATIENT_FIRST.has(view.word(m)) && PATIENT.some((phrase) => phraseStartsAt(view, phrase, m));
}

/** A spatial noun (`l'ouest`, `champ pétrolier`, `frontières syriennes`) one or two words before `p`. */
function spatialBefore(view: TokenView, p: number): boolean {
  const w1 = view.prev(p);
  if (w1 < 0) return false;
  if (SPATIAL.has(view.word(w1)) || PLACE_PREPS.has(view.word(w1))) return true;
  const w2 = view.prev(w1);
  return w2 >= 0 && view.isWord(w1) && SPATIAL.has(view.word(w2));
}

function agentCue(view: TokenView, c: Candidate, ctx: LeftContext, next: Candidate | undefined): boolean {
  const { p } = ctx;
  if (p >= 0 && AGENT_PREPS.has(view.word(p))) return true;
  if (p >= 0 && AGENT_PHRASES.some((phrase) => phraseEndsAt(view, phrase, p))) return true;
  // `« ... », a affirmé Kiev`: the subject after a verb of saying.
  if (p >= 0 && !ctx.hadDeterminer && SPEECH_VERBS.has(view.word(p))) return true;
  // `Kinshasa accuse Kigali`: the object of a verb aimed at a party is a party.
  if (p >= 0 && !ctx.hadDeterminer && OBJECT_VERBS.has(view.word(p))) return true;
  if (!opensClause(view, p)) return false;
  if (verbFollows(view, c.end - 1)) return true;
  // `Washington et Bagdad sont parvenus`: the verb follows the last conjunct.
  const n = view.next(c.end - 1);
  if (n >= 0 && COORDINATORS.has(view.word(n)) && next && view.next(n) <= next.start && next.start - n <= 3) return verbFollows(view, next.end - 1);
  return false;
}

/** Whether only a comma, a coordinator, a preposition and a determiner lie between `before` and the name. */
function coordinated(view: TokenView, before: Candidate, ctx: LeftContext): boolean {
  let j = ctx.p;
  if (j >= 0 && (GENITIVES.has(view.word(j)) || PLACE_PREPS.has(view.word(j)))) j = view.prev(j);
  if (j < 0 || !(COORDINATORS.has(view.word(j)) || view.keyIs(j, ','))) return false;
  const end = view.prev(j);
  return end >= before.start && end < before.end;
}
