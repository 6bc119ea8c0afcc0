/**
 * From triggers to event candidates: a weak trigger must have what it needs;
 * a negated, hypothetical or wished-for event is not one; an attack under a
 * threat (`menacent de reprendre les attaques`) or told in the future is a
 * threat; a habitual statement is no event, and a trend (`multiplie`,
 * `s'intensifient`) one only when a `depuis` date or a count pins it down.
 */
import type { EventType } from '../schema.js';
import type { SentenceContext } from './context.js';
import { anyIn, sentenceFeatures, Word } from './features.js';
import { eventLexicon, type TokenTriggers } from './lexicon.js';
import { needMet } from './needs.js';
import { inScope, segments, type Segment } from './segments.js';
import { findTriggers, type Trigger } from './triggers.js';

export interface Candidate {
  type: EventType;
  trigger: Trigger;
  ctx: SentenceContext;
  /** The trigger refers back to an event already told (`cette attaque`, `les frappes`). */
  anaphoric: boolean;
  /** It can only add to an earlier event, never start one. */
  mergeOnly: boolean;
  segments: Segment[];
  /** Owner id of the trigger's segment: its scope is the segments with this owner. */
  owner: number;
}

const ANAPHOR_WINDOW = 2;
/** How far after an event noun a participle still qualifies it (`attaque de drone lancée`). */
const PARTICIPLE_REACH = 3;
/** Casualty verbs: their participles (`deux soldats tués`) are said of the victims and keep a reading of their own. */
export const CASUALTY_VERBS = new Set(['tuer', 'blesser']);
/** No real sentence has more triggers than this. */
const MAX_TRIGGERS_PER_SENTENCE = 16;
/** Infinitive governors under which an attack still happened (`a commencé à lancer des attaques`). */
const FACTUAL_GOVERNORS = new Set(['avoir', 'commencer', 'entamer', 'continuer', 'reprendre']);
/** Nouns that can refer back to an attack already told. */
const ATTACK_ANAPHORS = new Set(['attaque', 'frappe', 'bombardement', 'raid', 'tir', 'agression', 'assaut', 'attentat', 'embuscade', 'salve', 'incursion', 'explosion', 'pilonnage']);

/** The event candidates of a sentence; `at` lists the tokens that can start a trigger, when known, and `infos` what each can start. */
export function candidatesOf(ctx: SentenceContext, at?: readonly number[], infos?: readonly TokenTriggers[]): Candidate[] {
  if (ctx.info.role !== 'body') return [];
  // A sentence tells a handful of events; a run of trigger words (a list, adversarial text) is read for its first ones only.
  const triggers = findTriggers(ctx, at, infos).slice(0, MAX_TRIGGERS_PER_SENTENCE);
  if (triggers.length === 0) return [];
  let kept = triggers.map((t) => judge(t, ctx, triggers)).filter((c): c is Candidate => c !== null);
  // A crash in the sentence explains its deaths: weak attack readings give way.
  if (kept.some((c) => c.type === 'accident')) kept = kept.filter((c) => c.type !== 'attack' || c.trigger.entry.strength === 'strong');
  if (kept.length === 0) return [];
  // Segments belong to the triggers that survived; then habits and trends are judged in each one's scope.
  const segs = segments(ctx, kept.map((c) => c.trigger.first));
  let habitual: boolean | undefined;
  for (const c of kept) {
    c.segments = segs;
    c.owner = segs.find((s) => c.trigger.first >= s.first && c.trigger.first < s.end)?.owner ?? -1;
    if (c.type !== 'attack' || c.mergeOnly) continue;
    habitual ??= anyIn(ctx, ctx.info.firstToken, ctx.info.endToken, Word.Habitual);
    const repeated = habitual || scopeHas(ctx, segs, c.owner, Word.Trend);
    if (repeated && !pinned(ctx, segs, c.owner)) c.mergeOnly = true;
  }
  return kept;
}

function judge(t: Trigger, ctx: SentenceContext, all: readonly Trigger[]): Candidate | null {
  const m = eventLexicon().modality;
  const { keys } = ctx;
  const first = ctx.info.firstToken;
  const anaphoric = t.pos !== 'verb' && isAnaphoric(keys, t.first, first);
  let mergeOnly = false;
  if (t.entry.strength === 'weak' && !t.entry.needs.some((n) => needMet(n, t, ctx, all))) {
    if (!anaphoric || (t.type === 'attack' && !ATTACK_ANAPHORS.has(t.lemma))) return null;
    mergeOnly = true;
  }
  if (t.entry.followedBy.length > 0 && !t.entry.followedBy.includes(keys[t.last + 1] ?? '')) return null;
  if (t.entry.notFollowedByWords.some((words) => words.every((k, n) => keys[t.last + 1 + n] === k))) return null;
  if (t.entry.reflexiveOnly && !t.group?.reflexive) return null;
  if (t.entry.tenses && t.group && !t.entry.tenses.includes(t.group.tense as never)) return null;
  const g = t.group;
  if (g?.negated) return null;
  // `une attaque de drone lancée par X`: a participle after an event noun tells that noun's event.
  if (t.pos === 'verb' && g?.tense === 'participle' && !CASUALTY_VERBS.has(t.lemma) && all.some((o) => o.pos === 'noun' && o.last < t.first && t.first - o.last <= PARTICIPLE_REACH)) return null;
  if (t.pos !== 'verb' && anyIn(ctx, t.first - 3, t.first, Word.NounNegator)) return null;
  if (t.pos !== 'verb' && anyIn(ctx, t.first - 5, t.first, Word.Until)) return null;
  if (anyIn(ctx, t.first - 8, t.first, Word.Hypothetical)) return null;
  let type = t.type;
  if (g?.tense === 'infinitive') {
    const governor = g.governor ?? '';
    if (m.threatGovernors.has(governor) || governor === 'menacer' || governor === 'promettre') type = 'threat';
    else if (m.modalVerbs.has(governor)) return null;
    else if (type !== 'threat' && !FACTUAL_GOVERNORS.has(governor)) return null;
  }
  if (type === 'attack' && anyIn(ctx, t.first - 4, t.first, Word.ThreatGovernor)) type = 'threat';
  if (type === 'attack' && g?.tense === 'future') type = 'threat';
  if ((type === 'withdrawal' || type === 'agreement') && anyIn(ctx, t.first - 5, t.first, Word.Wish)) return null;
  return { type, trigger: t, ctx, anaphoric, mergeOnly, segments: [], owner: -1 };
}

function isAnaphoric(keys: readonly string[], at: number, first: number): boolean {
  const dets = eventLexicon().modality.anaphoricDeterminers;
  for (let j = at - 1; j >= first && j >= at - ANAPHOR_WINDOW; j--) {
    const k = keys[j]!;
    if (k === "'") continue;
    return dets.has(k);
  }
  return false;
}

function scopeHas(ctx: SentenceContext, segs: Segment[], owner: number, bit: Word): boolean {
  const f = sentenceFeatures(ctx);
  const first = ctx.info.firstToken;
  for (let j = first; j < ctx.info.endToken; j++) if ((f[j - first]! & bit) !== 0 && inScope(segs, j, owner)) return true;
  return false;
}

/** A `depuis` date or a count in the trigger's scope. */
function pinned(ctx: SentenceContext, segs: Segment[], owner: number): boolean {
  return (
    ctx.dates.some((d) => d.value !== null && d.mod === 'after' && inScope(segs, d.first, owner)) ||
    ctx.quantities.some((q) => q.kind === 'count' && inScope(segs, q.first, owner))
  );
}
