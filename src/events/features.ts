/**
 * What each word of a sentence is to the event rules (a negator, a segment
 * break, a verb of saying, a nationality...), as bit flags read with one
 * lookup per token, once per sentence: the rules then test windows of
 * tokens on an array instead of looking every word up in several sets for
 * every trigger.
 */
import type { SentenceContext } from './context.js';
import { demonymIndex, groupAdjectiveIndex } from './demonyms.js';
import { eventLexicon } from './lexicon.js';
import { ownString } from '../text/own-string.js';

export const enum Word {
  /** `aucun`, `sans`...: before a trigger noun, no event. */
  NounNegator = 1 << 0,
  /** `jusqu'à un vrai retrait`: a condition, not an event. */
  Until = 1 << 1,
  Hypothetical = 1 << 2,
  ThreatGovernor = 1 << 3,
  /** Demand and negotiation words: `son appel pour le retrait`, `des négociations sur le retrait`. */
  Wish = 1 << 4,
  Habitual = 1 << 5,
  Trend = 1 << 6,
  SegmentBreak = 1 << 7,
  /** The first word of a background or purpose starter. */
  StarterHead = 1 << 8,
  /** `sur les territoires irakien et syrien`: a nationality after one of these is a place. */
  Territory = 1 << 9,
  Demonym = 1 << 10,
  /** A form of a verb the lexicon knows. */
  VerbForm = 1 << 11,
  /** A form of a verb whose subject is the actor of the attack noun it governs. */
  Agentive = 1 << 12,
  /** A form of a verb of saying. */
  Speech = 1 << 13,
  /** A finite verb form (not a one-letter word other than `a`). */
  Finite = 1 << 14,
  NewEventMarker = 1 << 15,
  /** `revendique`, `revendiquée`... */
  Claim = 1 << 16,
  OccupancyAfterActor = 1 << 17,
  OccupancyAfterPlace = 1 << 18,
}

const NOUN_NEGATORS = new Set(['aucun', 'aucune', 'pas', 'sans', 'ni']);
const UNTIL = new Set(['jusqu']);
const TERRITORY_NOUNS = new Set(['territoire', 'territoires', 'sol']);
const FINITE = new Set(['present', 'imperfect', 'future', 'conditional', 'simplePast']);

let starterHeads: Set<string> | null = null;

function featuresOfWord(key: string): number {
  const lex = eventLexicon();
  const m = lex.modality;
  starterHeads ??= new Set([...m.contextStarters, ...m.purposeStarters].map((phrase) => phrase.split(' ')[0]!));
  let f = 0;
  if (NOUN_NEGATORS.has(key)) f |= Word.NounNegator;
  if (UNTIL.has(key)) f |= Word.Until;
  if (m.hypothetical.has(key)) f |= Word.Hypothetical;
  if (m.threatGovernors.has(key)) f |= Word.ThreatGovernor;
  if (m.demand.has(key) || m.negotiation.has(key)) f |= Word.Wish;
  if (m.habitual.has(key)) f |= Word.Habitual;
  if (m.trend.has(key)) f |= Word.Trend;
  if (m.segmentBreaks.has(key)) f |= Word.SegmentBreak;
  if (starterHeads.has(key)) f |= Word.StarterHead;
  if (TERRITORY_NOUNS.has(key)) f |= Word.Territory;
  if (demonymIndex().has(key) || groupAdjectiveIndex().has(key)) f |= Word.Demonym;
  const readings = lex.verbForms.get(key) ?? [];
  if (readings.length > 0) f |= Word.VerbForm;
  if (readings.some((r) => m.agentiveVerbs.has(r.lemma))) f |= Word.Agentive;
  if (readings.some((r) => m.speechVerbs.has(r.lemma))) f |= Word.Speech;
  if (!(key.length < 2 && key !== 'a') && readings.some((r) => FINITE.has(r.tense))) f |= Word.Finite;
  if (m.newEventMarkers.has(key)) f |= Word.NewEventMarker;
  if (key.startsWith('revendiqu')) f |= Word.Claim;
  if (m.occupancyAfterActor.has(key)) f |= Word.OccupancyAfterActor;
  if (m.occupancyAfterPlace.has(key)) f |= Word.OccupancyAfterPlace;
  return f;
}

/** The features of the words seen, bounded so that a text of endless new words keeps memory flat. */
const cache = new Map<string, number>();
const CACHE_LIMIT = 20_000;

function wordFeatures(key: string): number {
  let f = cache.get(key);
  if (f === undefined) {
    f = featuresOfWord(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(ownString(key), f);
  }
  return f;
}

/** The features of each token of the sentence, from its first token. */
export function sentenceFeatures(ctx: SentenceContext): number[] {
  let f = ctx.memo.features;
  if (!f) {
    f = [];
    for (let j = ctx.info.firstToken; j < ctx.info.endToken; j++) f.push(wordFeatures(ctx.keys[j]!));
    ctx.memo.features = f;
  }
  return f;
}

/** The first token of the sentence with feature `bit`, else its end; the sentence's features are not all read for it. */
export function firstWith(ctx: SentenceContext, bit: Word): number {
  const { firstToken, endToken } = ctx.info;
  const f = ctx.memo.features;
  for (let j = firstToken; j < endToken; j++) if (((f ? f[j - firstToken]! : wordFeatures(ctx.keys[j]!)) & bit) !== 0) return j;
  return endToken;
}

/** Whether token `j` (in the sentence or not) has feature `bit`. */
export function wordHas(ctx: SentenceContext, j: number, bit: Word): boolean {
  const { firstToken, endToken } = ctx.info;
  if (j >= firstToken && j < endToken) return (sentenceFeatures(ctx)[j - firstToken]! & bit) !== 0;
  return (wordFeatures(ctx.keys[j] ?? '') & bit) !== 0;
}

/** Whether a token of `[from, to)`, clipped to the sentence, has feature `bit`. */
export function anyIn(ctx: SentenceContext, from: number, to: number, bit: Word): boolean {
  const { firstToken, endToken } = ctx.info;
  const f = sentenceFeatures(ctx);
  const end = Math.min(to, endToken);
  for (let j = Math.max(from, firstToken); j < end; j++) if ((f[j - firstToken]! & bit) !== 0) return true;
  return false;
}
