/**
 * Slot filling for one candidate, from the mentions of its sentence, by the
 * clause structure of French news: who acts (subject, `par X` after a
 * passive, `revendiqué par X`, `frappes US`), whom (object, `contre X`,
 * `visant X`, `sur X`), where, when, how many.
 */
import type { Actor, DateValue, Place, Quantity, QuantityKind } from '../schema.js';
import type { Candidate } from './candidates.js';
import type { Located, SentenceContext } from './context.js';
import { demonymIndex, groupAdjectiveIndex, stateOfCountry } from './demonyms.js';
import { wordHas, Word } from './features.js';
import { eventLexicon } from './lexicon.js';

type ActorMention = SentenceContext['actors'][number];

/** Words that make the actor after them a complement, not a subject. */
const PREPOSITIONS = new Set([
  'contre', 'sur', 'vers', 'a', 'au', 'aux', 'en', 'dans', 'de', 'du', 'des', 'd', 'chez', 'pour', 'avec', 'par', 'selon', 'entre',
  'apres', 'avant', 'sous', 'parmi', 'envers', 'aupres', 'face', 'soutenus', 'soutenu', 'soutenue', 'soutenues', 'allie', 'pres',
]);
const DETERMINERS = new Set(['le', 'la', 'l', 'les', "'", 'un', 'une', 'des', 'ce', 'cette', 'ces', 'leur', 'leurs', 'son', 'sa', 'ses']);
const TARGET_INTRO = new Set(['contre', 'sur', 'visant', 'vers']);
const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles']);
/** Words that open a clause with its own subject. */
const CLAUSE_OPENERS = new Set(['que', 'qu', 'mais', 'tandis', ';']);
/** Nouns whose `de X` complement is who acts: `le porte-parole des Brigades`, `les forces de la coalition`. */
const ROLE_NOUNS = new Set([
  'secretaire', 'general', 'parole', 'chef', 'chefs', 'commandant', 'commandement', 'dirigeant', 'dirigeants', 'responsable', 'responsables',
  'leader', 'membres', 'membre', 'combattants', 'forces', 'troupes', 'soldats', 'operations', 'mission', 'militaires', 'unites', 'elements',
  'partisans', 'milices', 'miliciens', 'armee', 'hommes', 'avions', 'aviation', 'artillerie', 'marine', 'factions', 'branche', 'aile', 'porte',
]);
const PLACE_ORDER: Record<Place['kind'], number> = { site: 0, city: 1, region: 2, country: 3 };

export interface Slots {
  actor: Actor | null;
  target: Actor | null;
  places: Place[];
  date: DateValue | null;
  killed: Quantity | null;
  injured: Quantity | null;
  troops: Quantity | null;
  count: Quantity | null;
  attackTypes: string[];
  /** The actor came from a pronoun or the discourse, not this sentence. */
  actorFromContext: boolean;
}

export function isComplement(keys: readonly string[], at: number, first: number): boolean {
  for (let j = at - 1; j >= first && j >= at - 3; j--) {
    const k = keys[j]!;
    if (DETERMINERS.has(k)) continue;
    return PREPOSITIONS.has(k);
  }
  return false;
}

function asActor(m: ActorMention): Actor {
  return { start: m.start, end: m.end, text: m.text, id: m.id, name: m.name, kind: m.kind };
}

/** A nationality adjective at token `i` as a state actor. */
export function demonymActor(ctx: SentenceContext, i: number, text: string, starts: Int32Array, ends: Int32Array): Actor | null {
  if (!wordHas(ctx, i, Word.Demonym)) return null;
  const key = ctx.keys[i]!;
  const state = demonymIndex().get(key);
  const ref = state ? { id: state.id, name: state.name, kind: 'state' as const } : groupAdjectiveIndex().get(key);
  if (!ref) return null;
  const start = starts[i]!;
  const end = ends[i]!;
  return { start, end, text: text.slice(start, end), id: ref.id, name: ref.name, kind: ref.kind };
}

export interface TokenSpans {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** The subject before token `before`: the nearest actor that no preposition governs, or a pronoun. */
export function subjectOf(ctx: SentenceContext, before: number, acrossQue = false): { actor: Actor | null; pronoun: boolean; first: number } {
  const sentenceStart = ctx.info.firstToken;
  for (let j = before - 1; j >= sentenceStart && j >= before - 3; j--) if (PRONOUNS.has(ctx.keys[j]!)) return { actor: null, pronoun: true, first: j };
  // `X a indiqué que les bombardements avaient visé ...`, `X a détruit les missiles, mais les débris ont tué ...`:
  // the subject of a clause after `que` or `mais` is not before it.
  let first = sentenceStart;
  for (let j = before - 1; j > sentenceStart && !acrossQue; j--) {
    if (CLAUSE_OPENERS.has(ctx.keys[j]!)) {
      first = j + 1;
      break;
    }
  }
  // `X, une des composantes de Y, a affirmé`: the subject is before the apposition, when one is named there.
  const open = appositionBefore(ctx.keys, before, first);
  return (open >= 0 ? nearestSubject(ctx, open, first) : null) ?? nearestSubject(ctx, before, first) ?? { actor: null, pronoun: false, first: -1 };
}

function nearestSubject(ctx: SentenceContext, before: number, first: number): { actor: Actor; pronoun: false; first: number } | null {
  for (let k = ctx.actors.length - 1; k >= 0; k--) {
    const a = ctx.actors[k]!;
    if (a.last >= before) continue;
    if (a.first < first) break;
    if (isComplement(ctx.keys, a.first, first) && !afterRoleNoun(ctx.keys, a.first, first)) continue;
    return { actor: asActor(a), pronoun: false, first: a.first };
  }
  return null;
}

/**
 * `deux bases militaires américaines ont été attaquées`: a nationality or group
 * adjective in the subject before `before`, back to a comma or the clause's start.
 */
export function subjectAdjective(ctx: SentenceContext, before: number, spans: TokenSpans): Actor | null {
  for (let j = before - 1; j >= ctx.info.firstToken; j--) {
    const k = ctx.keys[j]!;
    if (k === ',' || CLAUSE_OPENERS.has(k)) return null;
    const d = insidePlace(ctx, j) ? null : demonymActor(ctx, j, spans.text, spans.starts, spans.ends);
    if (d) return d;
  }
  return null;
}

/** The opening comma of an apposition that a comma closes right before the verb, else -1. */
function appositionBefore(keys: readonly string[], before: number, first: number): number {
  if (keys[before - 1] !== ',') return -1;
  for (let j = before - 2; j > first; j--) if (keys[j] === ',') return j;
  return -1;
}

/** `le porte-parole des Brigades`, `les forces de la coalition`: the actor after `de` names who acts. */
function afterRoleNoun(keys: readonly string[], at: number, first: number): boolean {
  let j = at - 1;
  while (j >= first && (keys[j] === "'" || keys[j] === 'la' || keys[j] === 'l' || keys[j] === 'le' || keys[j] === 'les')) j--;
  if (j < first || !(keys[j] === 'de' || keys[j] === 'des' || keys[j] === 'du' || keys[j] === 'd')) return false;
  j--;
  while (j >= first && keys[j] === "'") j--;
  return j >= first && ROLE_NOUNS.has(keys[j]!);
}

/** The first actor after `from` (object or `contre X`), or a nationality adjective there. */
export function objectOf(c: Candidate, spans: TokenSpans, from: number, reach: number): Actor | null {
  const { ctx } = c;
  const end = Math.min(ctx.info.endToken, from + reach);
  const actor = ctx.actors.find((a) => a.first >= from && a.first < end);
  for (let j = from; j < end; j++) {
    if (actor && j >= actor.first) return asActor(actor);
    const d = insidePlace(ctx, j) ? null : demonymActor(ctx, j, spans.text, spans.starts, spans.ends);
    if (d) return d;
    const place = ctx.places.find((p) => p.first === j && p.kind === 'country' && p.country);
    if (place && (j === from || TARGET_INTRO.has(ctx.keys[j - 1]!) || DETERMINERS.has(ctx.keys[j - 1]!))) {
      const state = stateOfCountry(place.country!);
      if (state) return { start: place.start, end: place.end, text: place.text, id: state.id, name: state.name, kind: 'state' };
    }
  }
  return actor ? asActor(actor) : null;
}

/** Whether token `i` lies inside a place mention (`territoires palestiniens occupés`). */
export function insidePlace(ctx: SentenceContext, i: number): boolean {
  return ctx.places.some((p) => i >= p.first && i <= p.last);
}

export type PlaceRole = 'location' | 'landmark' | 'origin';
type Cue = { words: string[]; role: PlaceRole };
let roleCues: Map<string, Cue[]> | null = null;

/** Role cues by their first word. */
function cues(): Map<string, Cue[]> {
  if (roleCues) return roleCues;
  const m = eventLexicon().modality;
  roleCues = new Map();
  const all: Cue[] = [
    ...[...m.nonLocationCues].map((c) => ({ words: c.split(' '), role: 'origin' as const })),
    ...[...m.referenceCues].map((c) => ({ words: c.split(' '), role: 'landmark' as const })),
  ];
  for (const cue of all) {
    const list = roleCues.get(cue.words[0]!);
    if (list) list.push(cue);
    else roleCues.set(cue.words[0]!, [cue]);
  }
  return roleCues;
}

/** How many words before a place a cue may start. */
const ROLE_REACH = 6;

/** The role of each place mention of the sentence (by its index in `places`), read once for all its triggers. */
export function placeRoles(ctx: SentenceContext): PlaceRole[] {
  let roles = ctx.memo.placeRoles;
  if (!roles) {
    roles = [];
    for (const p of ctx.places) roles.push(readPlaceRole(ctx, p.first));
    ctx.memo.placeRoles = roles;
  }
  return roles;
}

/** What the words before a place make of it: where it happened, a landmark near it, or where the attack came from. */
function readPlaceRole(ctx: SentenceContext, first: number): PlaceRole {
  const from = Math.max(ctx.info.firstToken, first - ROLE_REACH);
  const words: string[] = [];
  for (let j = from; j < first; j++) {
    const k = ctx.keys[j]!;
    if (k !== "'" && k !== '-') words.push(k);
  }
  // An origin cue anywhere wins; else a landmark cue makes a landmark.
  let role: PlaceRole = 'location';
  const byFirst = cues();
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(words[i]!);
    if (!list) continue;
    for (const cue of list) {
      if (i + cue.words.length > words.length) continue;
      let n = 1;
      while (n < cue.words.length && words[i + n] === cue.words[n]) n++;
      if (n < cue.words.length) continue;
      if (cue.role === 'origin') return 'origin';
      role = 'landmark';
    }
  }
  return role;
}

/** Names of the sentence's landmark places, in order. */
export function landmarkNames(ctx: SentenceContext): string[] {
  let names = ctx.memo.landmarks;
  if (!names) {
    const roles = placeRoles(ctx);
    names = [];
    for (let k = 0; k < ctx.places.length; k++) if (roles[k] === 'landmark') names.push(ctx.places[k]!.name);
    ctx.memo.landmarks = names;
  }
  return names;
}

export function placesOf(ctx: SentenceContext, keep: (first: number) => boolean = () => true): Place[] {
  const roles = placeRoles(ctx);
  const out: Place[] = [];
  for (let k = 0; k < ctx.places.length; k++) {
    const p = ctx.places[k]!;
    if (!keep(p.first) || roles[k] === 'origin') continue;
    // One place per name and country.
    let seen = false;
    for (const q of out) if (q.name === p.name && q.country === p.country) seen = true;
    if (seen) continue;
    out.push({ start: p.start, end: p.end, text: p.text, name: p.name, country: p.country, kind: p.kind, lat: p.lat, lon: p.lon });
  }
  return out.sort((a, b) => PLACE_ORDER[a.kind] - PLACE_ORDER[b.kind]);
}

export function nearestDate(ctx: SentenceContext, at: number, accept: (d: DateValue) => boolean, keep: (first: number) => boolean = () => true): DateValue | null {
  let best: Located<SentenceContext['dates'][number]> | null = null;
  for (const d of ctx.dates) {
    if (!accept(d) || !keep(d.first)) continue;
    if (!best || Math.abs(d.first - at) < Math.abs(best.first - at)) best = d;
  }
  if (!best) return null;
  const out: DateValue = { start: best.start, end: best.end, text: best.text, value: best.value, precision: best.precision };
  if (best.mod) out.mod = best.mod;
  return out;
}

export function nearestQuantity(ctx: SentenceContext, kind: QuantityKind, at: number, keep: (first: number) => boolean = () => true): Quantity | null {
  let best: SentenceContext['quantities'][number] | null = null;
  for (const q of ctx.quantities) {
    if (q.kind !== kind || !keep(q.first)) continue;
    if (!best || Math.abs(q.first - at) < Math.abs(best.first - at)) best = q;
  }
  return best ? { start: best.start, end: best.end, text: best.text, value: best.value, qualifier: best.qualifier } : null;
}

/** Nationality adjective in or just after a quantity's noun phrase (`2 500 militaires américains`, `2500 Américains`). */
export function demonymInside(ctx: SentenceContext, q: { first: number; last: number }, spans: TokenSpans): Actor | null {
  for (let j = q.first; j <= Math.min(ctx.info.endToken - 1, q.last + 1); j++) {
    const d = demonymActor(ctx, j, spans.text, spans.starts, spans.ends);
    if (d) return d;
  }
  return null;
}
