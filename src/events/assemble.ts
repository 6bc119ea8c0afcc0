/**
 * Event assembly, the second phase: triggers found per sentence become
 * candidates, candidates become drafts with their slots filled, drafts of
 * one sentence are grouped, then merged with the events already told.
 */
import type { Doc, MentionSet } from '../pipeline/document.js';
import type { Event, Place } from '../schema.js';
import { candidatesOf } from './candidates.js';
import { Contexts } from './context.js';
import { eventLexicon, type TokenTriggers } from './lexicon.js';
import { Discourse, fill, type Draft } from './fill.js';
import { groupSentence, Merging, mergeOrAdd } from './merge.js';
import { occupantsOf } from './occupants.js';
import { lexKey } from '../text/fold.js';

const PLACE_ORDER: Record<Place['kind'], number> = { site: 0, city: 1, region: 2, country: 3 };

export function assembleEvents(doc: Doc, mentions: Readonly<MentionSet>): Event[] {
  const contexts = new Contexts(doc, mentions);
  const spans = contexts.spans;
  const discourse = new Discourse(contexts);
  const merging = new Merging();
  for (const [index, { at, infos }] of triggerTokens(doc, contexts.keys)) {
    const candidates = candidatesOf(contexts.get(index), at, infos);
    if (candidates.length === 0) continue;
    const filled: Draft[] = [];
    for (const c of candidates) for (const d of fill(c, spans, contexts, discourse)) filled.push(d);
    const local = groupSentence(filled);
    for (const d of local) mergeOrAdd(merging, d, contexts);
  }
  const { drafts } = merging;
  const needsOccupants = drafts.some((d) => d.type === 'attack' && !d.target && d.places.length > 0);
  const occupants = needsOccupants ? occupantsOf(contexts) : new Map();
  for (const d of drafts) {
    if (d.type !== 'attack' || d.target) continue;
    const at = d.places.map((p) => occupants.get(lexKey(p.name))).find((a) => a !== undefined);
    if (at && at.id !== d.actor?.id) d.target = at;
  }
  return drafts.filter(isComplete).map((d) => toEvent(d, doc));
}

/** The tokens that can start a trigger, with what they can start, by body sentence, in order: one lookup per token of the document at most. */
function triggerTokens(doc: Doc, keys: readonly string[]): Map<number, { at: number[]; infos: TokenTriggers[] }> {
  const { byToken, startFilter } = eventLexicon();
  // Keys are the folded text's slices unless the text has combining marks: the filter reads the folded text then.
  const filter = doc.tokens.marks ? null : startFilter;
  const { start, end } = doc.tokens;
  const folded = doc.folded;
  const out = new Map<number, { at: number[]; infos: TokenTriggers[] }>();
  for (let i = 0; i < keys.length; i++) {
    if (filter && !filter.mayHold(folded, start[i]!, end[i]!)) continue;
    const info = byToken.get(keys[i]!);
    if (!info) continue;
    const s = doc.sentenceOfToken[i]!;
    if (s < 0 || doc.sentences[s]!.role !== 'body') continue;
    const list = out.get(s);
    if (list) {
      list.at.push(i);
      list.infos.push(info);
    } else out.set(s, { at: [i], infos: [info] });
  }
  return out;
}

function isComplete(d: Draft): boolean {
  if (d.type === 'troop_presence') return d.troops !== null && d.places.length > 0;
  return true;
}

function toEvent(d: Draft, doc: Doc): Event {
  const first = doc.sentences[d.sentences[0]!]!;
  const t = d.candidate.trigger;
  const tStart = doc.tokens.start[t.first]!;
  const tEnd = doc.tokens.end[t.last]!;
  const attackTypes = d.type === 'attack' ? (d.attackTypes.length > 0 ? d.attackTypes : ['unknown']) : [];
  return {
    type: d.type,
    attackTypes: attackTypes as Event['attackTypes'],
    date: d.date,
    actor: d.actor,
    target: d.target,
    places: [...d.places].sort((a, b) => PLACE_ORDER[a.kind] - PLACE_ORDER[b.kind]),
    killed: d.killed,
    injured: d.injured,
    troops: d.troops,
    count: d.count,
    evidence: { start: first.start, end: first.end, text: doc.text.slice(first.start, first.end) },
    trigger: { start: tStart, end: tEnd, text: doc.text.slice(tStart, tEnd) },
    confidence: confidence(d),
  };
}

/** Higher when trigger, actor, place and date all come from the trigger's own sentence. */
function confidence(d: Draft): number {
  let c = d.candidate.trigger.entry.strength === 'strong' ? 0.45 : 0.35;
  if (d.local.actor) c += 0.15;
  if (d.local.place) c += 0.15;
  if (d.local.date) c += 0.15;
  if (d.sentences.length > 1) c += 0.05;
  if (d.actorFromContext) c -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}
