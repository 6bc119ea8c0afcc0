/**
 * Scores one analysed document against its gold file, and sums scores over a
 * corpus: the measure every change to the library is judged by.
 */
import type { Analysis } from '../schema.js';
import { addSlotCounts, scoreEvents, SLOTS, zeroSlotCounts, type EventScore, type SlotCounts } from './events.js';
import type { GoldFile, MentionCategory } from './gold.js';
import { MENTION_CATEGORIES } from './gold.js';
import { addCounts, prf, zeroCounts, type Counts, type Prf } from './metrics.js';
import { addMentionCounts, mentionPrf, scoreMentions, zeroMentionCounts, type MentionCounts, type MentionDetail } from './mentions.js';
import { SearchableText } from './occurrences.js';

export interface DocumentScore {
  name: string;
  mentions: Record<MentionCategory, MentionCounts>;
  mentionDetails: MentionDetail[];
  events: EventScore;
}

export interface CorpusScore {
  documents: number;
  mentions: Record<MentionCategory, MentionCounts>;
  events: Counts;
  slots: SlotCounts;
}

export interface CorpusMetrics {
  documents: number;
  mentions: Record<MentionCategory, Prf & { normalization: number }>;
  events: Prf;
  slots: Record<(typeof SLOTS)[number], Prf>;
  /** Micro-average over all slots. */
  slotMicro: Prf;
}

export function scoreDocument(name: string, text: string, gold: GoldFile, analysis: Analysis): DocumentScore {
  const doc = new SearchableText(text);
  const { counts, details } = scoreMentions(doc, gold.mentions, analysis.mentions);
  return { name, mentions: counts, mentionDetails: details, events: scoreEvents(doc, gold.events, analysis.events) };
}

export function sumScores(scores: readonly DocumentScore[]): CorpusScore {
  const mentions = Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, zeroMentionCounts()])) as Record<MentionCategory, MentionCounts>;
  let events = zeroCounts();
  let slots = zeroSlotCounts();
  for (const s of scores) {
    for (const c of MENTION_CATEGORIES) mentions[c] = addMentionCounts(mentions[c], s.mentions[c]);
    events = addCounts(events, s.events.counts);
    slots = addSlotCounts(slots, s.events.slots);
  }
  return { documents: scores.length, mentions, events, slots };
}

export function corpusMetrics(score: CorpusScore): CorpusMetrics {
  const slots = Object.fromEntries(SLOTS.map((s) => [s, prf(score.slots[s])])) as CorpusMetrics['slots'];
  const micro = SLOTS.reduce((acc, s) => addCounts(acc, score.slots[s]), zeroCounts());
  return {
    documents: score.documents,
    mentions: Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, mentionPrf(score.mentions[c])])) as CorpusMetrics['mentions'],
    events: prf(score.events),
    slots,
    slotMicro: prf(micro),
  };
}
