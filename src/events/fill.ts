/**
 * A draft event from one candidate: its slots filled from the trigger's
 * segments of its sentence (clause structure per event type); the date falls
 * back to the sentence's free segments, then to the paragraph's earlier
 * sentences.
 */
import type { Actor, DateValue, EventType, Place } from '../schema.js';
import { CASUALTY_VERBS, type Candidate } from './candidates.js';
import type { Contexts, SentenceContext } from './context.js';
import { demonymActor, demonymInside, insidePlace, landmarkNames, nearestDate, nearestQuantity, objectOf, placesOf, subjectAdjective, subjectOf, type Slots, type TokenSpans } from './slots.js';
import { anyIn, firstWith, sentenceFeatures, wordHas, Word } from './features.js';
import { demonymIndex } from './demonyms.js';
import countries from '../lexicons/fr/countries.json' with { type: 'json' };
import { inScope } from './segments.js';

export interface Draft extends Slots {
  type: EventType;
  /** Sentence indices that state the event, first is the evidence. */
  sentences: number[];
  paragraph: number;
  candidate: Candidate;
  /** Slots found in the trigger's own sentence (for confidence). */
  local: { actor: boolean; date: boolean; place: boolean };
  /** The date was written in the trigger's sentence (not inherited). */
  ownDate: boolean;
  /** The date is that of a report (`ont annoncé jeudi`), which the event's own date overrides. */
  weakDate: boolean;
  /** Names of places given as landmarks (`au nord de X`), which do not tell two attacks apart. */
  landmarks: Set<string>;
}

/**
 * The subjects of the sentences before, for pronouns (`elle a attaqué`) and
 * speakers who are persons: the nearest subject (outside quotations) among
 * the few sentences before, read when first asked.
 */
export class Discourse {
  private readonly subjects = new Map<number, Actor | null>();

  constructor(private readonly contexts: Contexts) {}

  subjectBefore(index: number): Actor | null {
    for (let s = index - 1; s >= 0 && index - s <= DISCOURSE_REACH; s--) {
      let subject = this.subjects.get(s);
      if (subject === undefined) {
        subject = sentenceSubject(this.contexts.get(s));
        this.subjects.set(s, subject);
      }
      if (subject) return subject;
    }
    return null;
  }
}

const CASUALTY_KINDS = new Set<EventType>(['attack', 'accident']);
/** Verbs whose subject defends: it shot down or intercepted what attacked it. */
const DEFENSIVE_VERBS = new Set(['abattre', 'intercepter']);
const VICTIM_NOUNS = new Set(['mort', 'assassinat']);
const COUNTRY_PLACES = new Map(countries.countries.map((c) => [c.code, c]));
/** How many tokens from the trigger a claim verb still governs it. */
const CLAIM_REACH = 6;
/** How far back a person speaker's organisation is looked for. */
const DISCOURSE_REACH = 3;

export function fill(c: Candidate, spans: TokenSpans, contexts: Contexts, discourse: Discourse): Draft[] {
  const { ctx, trigger: t } = c;
  const g = t.group;
  const head = g ? g.start : t.first;
  const scope = (i: number) => inScope(c.segments, i, c.owner);
  let fromContext = false;
  const subject = () => {
    const s = subjectOf(ctx, head);
    if (s.actor) return s.actor;
    // `X a averti que ... seront pris pour cible`: a threat is the speaker's.
    const speaker = c.type === 'threat' && !s.pronoun ? subjectOf(ctx, head, true).actor : null;
    if (speaker) return speaker;
    const before = s.pronoun || c.type === 'threat' ? discourse.subjectBefore(ctx.info.index) : null;
    if (before) fromContext = true;
    return before;
  };
  let actor: Actor | null = null;
  let target: Actor | null = null;
  switch (c.type) {
    case 'attack':
      // `35 tués et 20 autres blessés`: a casualty participle without auxiliary is said of the victims.
      if (g?.passive && DEFENSIVE_VERBS.has(t.lemma)) {
        // `Sept assaillants ont été abattus par les forces de sécurité`: the agent defended.
        actor = subjectOf(ctx, head).actor;
        target = agentAfter(c, t.last + 1, 10);
      } else if (g?.passive || (g?.tense === 'participle' && CASUALTY_VERBS.has(t.lemma))) {
        target = subjectOf(ctx, head).actor ?? subjectAdjective(ctx, head, spans);
        actor = agentAfter(c, t.last + 1, 10);
      } else if (t.pos !== 'verb') {
        const complement = nounComplement(c, spans);
        if (VICTIM_NOUNS.has(t.lemma)) target = complement ?? objectOf(c, spans, t.last + 1, 24);
        else actor = complement;
        actor ??= agentAfter(c, t.last + 1, 8) ?? (governedByAgentiveVerb(c) ? subject() : null);
        target ??= targetOfCible(c, spans) ?? targetAfter(c, spans, t.last + 1, 12);
      } else if (DEFENSIVE_VERBS.has(t.lemma)) {
        // `Les forces américaines ont abattu deux drones qui les visaient`: the subject was attacked.
        target = subject();
      } else {
        actor = subject();
        target = objectOf(c, spans, t.last + 1, 10);
      }
      actor = claimant(c) ?? meansNationality(c, spans) ?? actor;
      break;
    case 'threat':
      actor = subject();
      target = targetAfter(c, spans, t.last + 1, 14) ?? objectOf(c, spans, t.last + 1, 8);
      break;
    case 'agreement': {
      const parties = partiesOf(c, spans);
      actor = parties[0] ?? null;
      target = parties[1] ?? null;
      break;
    }
    case 'withdrawal':
      actor = (t.pos !== 'verb' ? nounComplement(c, spans) : null) ?? subject();
      break;
    case 'troop_presence':
      actor = subject();
      break;
    case 'accident': {
      const killed = ctx.quantities.find((q) => q.kind === 'killed' && scope(q.first));
      actor = (killed && demonymInside(ctx, killed, spans)) ?? subject();
      break;
    }
  }
  const strong = dateFor(c, t.first, (i) => scope(i) && !nextToSpeechVerb(ctx, i));
  const own = strong ?? dateFor(c, t.first, scope);
  const date = own ?? (c.type === 'troop_presence' ? null : freeDate(c, scope) ?? paragraphDate(c.type, ctx, contexts));
  const places = placesOf(ctx, scope);
  const landmarks = new Set(landmarkNames(ctx));
  if (c.type === 'attack') places.push(...territoryPlaces(c, spans, scope, places));
  const base: Draft = {
    type: c.type,
    actor,
    target: target && actor && target.id === actor.id ? null : target,
    places,
    date,
    killed: CASUALTY_KINDS.has(c.type) ? nearestQuantity(ctx, 'killed', t.first, scope) : null,
    injured: CASUALTY_KINDS.has(c.type) ? nearestQuantity(ctx, 'injured', t.first, scope) : null,
    troops: c.type === 'troop_presence' ? nearestQuantity(ctx, 'troops', t.first, scope) : c.type === 'withdrawal' ? adjacentTroops(c) : null,
    count: c.type === 'attack' ? nearestQuantity(ctx, 'count', t.first, scope) : null,
    attackTypes: c.type === 'attack' ? meansOf(ctx, scope) : [],
    actorFromContext: fromContext,
    sentences: [ctx.info.index],
    paragraph: ctx.info.paragraph,
    candidate: c,
    local: { actor: actor !== null && !fromContext, date: own !== null, place: places.length > 0 },
    ownDate: own !== null,
    weakDate: own !== null && strong === null,
    landmarks,
  };
  if (c.type !== 'troop_presence') return [base];
  return troopDrafts(base, c, spans);
}

/** `X ont été la cible de deux attaques`: the subject of `être la cible de` is the target. */
function targetOfCible(c: Candidate, spans: TokenSpans): Actor | null {
  const { ctx, trigger: t } = c;
  for (let j = t.first - 2; j >= ctx.info.firstToken && j >= t.first - 4; j--) {
    const k = ctx.keys[j]!;
    if ((k === 'cible' || k === 'cibles') && (ctx.keys[j + 1] === 'de' || ctx.keys[j + 1] === 'd' || ctx.keys[j + 1] === 'des')) {
      return subjectOf(ctx, j).actor ?? subjectAdjective(ctx, j, spans);
    }
  }
  return null;
}

/** The distinct means of attack in the trigger's scope, in order. */
function meansOf(ctx: SentenceContext, scope: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (const a of ctx.attackTypes) if (scope(a.first) && !out.includes(a.value)) out.push(a.value);
  return out;
}

/** An attack noun is the deed of the subject only as the object of `lancer`, `mener`, `revendiquer`... */
function governedByAgentiveVerb(c: Candidate): boolean {
  const { ctx, trigger: t } = c;
  return anyIn(ctx, t.first - 6, t.first, Word.Agentive);
}

/** The subject of a sentence's first finite verb, outside quotations. */
function sentenceSubject(ctx: SentenceContext): Actor | null {
  const verb = firstVerbish(ctx);
  if (verb === ctx.info.endToken) return null;
  const s = subjectOf(ctx, verb);
  return s.actor && !insideQuote(ctx, s.first) ? s.actor : null;
}

/** Whether token `at` lies between quotation marks in its sentence. */
function insideQuote(ctx: SentenceContext, at: number): boolean {
  let quotes = 0;
  for (let j = ctx.info.firstToken; j < at; j++) if (ctx.keys[j] === '"') quotes++;
  return quotes % 2 === 1;
}

/** The first finite verb of the sentence (one the verb lexicon knows), else its end. */
function firstVerbish(ctx: SentenceContext): number {
  return firstWith(ctx, Word.Finite);
}

/** One troop-presence event per stated count, each with the place written after it (else before it). */
function troopDrafts(base: Draft, c: Candidate, spans: TokenSpans): Draft[] {
  const { ctx } = c;
  const troops = ctx.quantities.filter((q) => q.kind === 'troops' && inScope(c.segments, q.first, c.owner));
  return troops.map((q, n) => {
    const next = troops[n + 1];
    const after = ctx.places.find((p) => p.first > q.last && (!next || p.first < next.first));
    const before = [...ctx.places].reverse().find((p) => p.last < q.first);
    const place = after ?? before ?? null;
    const actor = demonymInside(ctx, q, spans) ?? base.actor;
    const draft = Object.assign({}, base);
    draft.actor = actor;
    draft.troops = { start: q.start, end: q.end, text: q.text, value: q.value, qualifier: q.qualifier };
    draft.places = place ? [{ start: place.start, end: place.end, text: place.text, name: place.name, country: place.country, kind: place.kind, lat: place.lat, lon: place.lon }] : [];
    return draft;
  });
}

function dateFor(c: Candidate, at: number, scope: (i: number) => boolean): DateValue | null {
  const { ctx } = c;
  if (c.type === 'troop_presence') return null;
  if (c.type === 'withdrawal') return nearestDate(ctx, at, (d) => d.mod === 'before' || d.mod === 'end', scope) ?? nearestDate(ctx, at, () => true, scope);
  return nearestDate(ctx, at, (d) => d.mod !== 'before', scope);
}

/** A date right next to a verb of saying dates the report (`ont annoncé jeudi`, `publié vendredi`). */
function nextToSpeechVerb(ctx: SentenceContext, first: number): boolean {
  const date = ctx.dates.find((d) => d.first === first);
  const last = date ? date.last : first;
  return anyIn(ctx, first - 2, first, Word.Speech) || anyIn(ctx, last + 1, last + 3, Word.Speech);
}

/** A date of the sentence that no other trigger's segment holds. */
function freeDate(c: Candidate, scope: (i: number) => boolean): DateValue | null {
  const { ctx } = c;
  const free = (i: number) => !scope(i) && c.segments.some((s) => i >= s.first && i < s.end && s.owner === -1 && !s.background);
  return nearestDate(ctx, c.trigger.first, (d) => d.mod !== 'before' || c.type === 'withdrawal', free);
}

function paragraphDate(type: EventType, ctx: SentenceContext, contexts: Contexts): DateValue | null {
  // Per document and per date filter, each sentence's paragraph date, so that a long paragraph is walked once (not once per trigger).
  const memos = (contexts.paragraphDates ??= [new Map(), new Map()]);
  const memo = memos[type === 'withdrawal' ? 1 : 0];
  const index = ctx.info.index;
  let found: DateValue | null | undefined = memo.get(index);
  if (found === undefined) {
    found = null;
    for (let s = index - 1; s >= 0; s--) {
      const prev = contexts.get(s);
      if (prev.info.paragraph !== ctx.info.paragraph) break;
      const d = nearestDate(prev, prev.info.endToken, (x) => (type === 'withdrawal' ? true : x.mod === undefined || x.mod === 'approx'));
      if (d) {
        found = d;
        break;
      }
      const known = memo.get(s);
      if (known !== undefined) {
        found = known;
        break;
      }
    }
    memo.set(index, found);
  }
  if (!found) return null;
  const copy: DateValue = { start: found.start, end: found.end, text: found.text, value: found.value, precision: found.precision };
  if (found.mod !== undefined) copy.mod = found.mod;
  return copy;
}

/** `retrait de 500 soldats`: a troop count right after a withdrawal noun. */
function adjacentTroops(c: Candidate) {
  const q = c.ctx.quantities.find((x) => x.kind === 'troops' && x.first > c.trigger.last && x.first <= c.trigger.last + 3);
  return q ? { start: q.start, end: q.end, text: q.text, value: q.value, qualifier: q.qualifier } : null;
}

/** The territory nouns of a sentence, found once for all its triggers. */
function territoryNounsOf(ctx: SentenceContext): number[] {
  let list = ctx.memo.territoryNouns;
  if (!list) {
    list = [];
    const f = sentenceFeatures(ctx);
    for (let j = ctx.info.firstToken; j < ctx.info.endToken; j++) if ((f[j - ctx.info.firstToken]! & Word.Territory) !== 0) list.push(j);
    ctx.memo.territoryNouns = list;
  }
  return list;
}

/** `sur les territoires irakien et syrien`: nationality adjectives after a territory noun are places. */
function territoryPlaces(c: Candidate, spans: TokenSpans, scope: (i: number) => boolean, existing: Place[]): Place[] {
  const { ctx } = c;
  const out: Place[] = [];
  for (const j of territoryNounsOf(ctx)) {
    if (!scope(j)) continue;
    for (let k = j + 1; k < Math.min(ctx.info.endToken, j + 5); k++) {
      if (insidePlace(ctx, k)) continue;
      const ref = demonymIndex().get(ctx.keys[k]!);
      if (!ref) continue;
      const country = COUNTRY_PLACES.get(ref.code);
      if (!country || existing.some((p) => p.country === ref.code && p.kind === 'country') || out.some((p) => p.country === ref.code)) continue;
      const start = spans.starts[k]!;
      const end = spans.ends[k]!;
      out.push({ start, end, text: spans.text.slice(start, end), name: country.name, country: ref.code, kind: 'country', lat: country.lat, lon: country.lon });
    }
  }
  return out;
}

/** `par X` after a passive or an attack noun (`revendiquées par X`, `menées par X`). */
function agentAfter(c: Candidate, from: number, reach: number): Actor | null {
  const { ctx } = c;
  const end = Math.min(ctx.info.endToken, from + reach);
  for (let j = from; j < end; j++) {
    if (ctx.keys[j] !== 'par') continue;
    const a = ctx.actors.find((x) => x.first > j && x.first <= j + 3);
    if (a) return { start: a.start, end: a.end, text: a.text, id: a.id, name: a.name, kind: a.kind };
  }
  return null;
}

/** `missiles russes`, `frappes israéliennes`: a nationality right after the means names who used them. */
function meansNationality(c: Candidate, spans: TokenSpans): Actor | null {
  const { ctx } = c;
  for (const m of ctx.attackTypes) {
    if (!inScope(c.segments, m.first, c.owner)) continue;
    for (let j = m.last + 1; j <= Math.min(ctx.info.endToken - 1, m.last + 2); j++) {
      const d = insidePlace(ctx, j) ? null : demonymActor(ctx, j, spans.text, spans.starts, spans.ends);
      if (d) return d;
    }
  }
  return null;
}

/** `X a revendiqué l'attaque`, `l'attaque revendiquée par X`: a claim that governs the trigger. */
function claimant(c: Candidate): Actor | null {
  const { ctx, trigger: t } = c;
  const from = Math.max(ctx.info.firstToken, t.first - CLAIM_REACH);
  const to = Math.min(ctx.info.endToken, t.last + CLAIM_REACH);
  for (let j = from; j < to; j++) {
    if (!wordHas(ctx, j, Word.Claim)) continue;
    const after = ctx.actors.find((x) => x.first > j && x.first <= j + 4 && ctx.keys[x.first - 1] !== 'contre');
    if (after && ctx.keys.slice(j + 1, after.first).includes('par')) return { start: after.start, end: after.end, text: after.text, id: after.id, name: after.name, kind: after.kind };
    const s = subjectOf(ctx, j);
    if (s.actor) return s.actor;
  }
  return null;
}

/** The actor named right after a noun: `frappes US`, `frappes américaines`, `retrait des forces de la coalition`. */
function nounComplement(c: Candidate, spans: TokenSpans): Actor | null {
  const { ctx, trigger: t } = c;
  const end = Math.min(ctx.info.endToken, t.last + 7);
  for (let j = t.last + 1; j < end; j++) {
    const k = ctx.keys[j]!;
    if (k === 'contre' || k === 'sur' || k === 'visant' || k === ',' || k === 'par' || k === 'qui' || wordHas(ctx, j, Word.VerbForm)) return null;
    const a = ctx.actors.find((x) => x.first === j);
    if (a) return { start: a.start, end: a.end, text: a.text, id: a.id, name: a.name, kind: a.kind };
    if (j <= t.last + 2) {
      const d = demonymActor(ctx, j, spans.text, spans.starts, spans.ends);
      if (d) return d;
    }
  }
  return null;
}

/** `contre X`, `sur X`, `visant X` after the trigger. */
function targetAfter(c: Candidate, spans: TokenSpans, from: number, reach: number): Actor | null {
  const { ctx } = c;
  const end = Math.min(ctx.info.endToken, from + reach);
  for (let j = from; j < end; j++) {
    const k = ctx.keys[j]!;
    if (k === 'contre' || k === 'sur' || k === 'visant') return objectOf(c, spans, j + 1, 8);
  }
  return null;
}

/** The two parties of an agreement: the actors of its sentence in order, distinct. */
function partiesOf(c: Candidate, spans: TokenSpans): Actor[] {
  const { ctx } = c;
  const out: Actor[] = [];
  const add = (a: Actor) => {
    if (!out.some((x) => x.id === a.id)) out.push(a);
  };
  for (const a of ctx.actors) add({ start: a.start, end: a.end, text: a.text, id: a.id, name: a.name, kind: a.kind });
  if (out.length < 2) {
    const obj = objectOf(c, spans, c.trigger.last + 1, 8);
    if (obj) add(obj);
  }
  return out.slice(0, 2);
}
