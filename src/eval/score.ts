/**
 * Scores one analysed document against its gold file, and sums scores over a
 * corpus: the measure every change to the library is judged by.
 */
import type { Analysis } from '../schema.js';
import { scoreEvents, type EventScore } from './events.js';
import { MENTION_CATEGORIES, type GoldFile, type MentionCategory } from './gold.js';
import { addCounts, prf, zeroCounts, type Counts, type Prf } from './metrics.js';
import { addMentionCounts, mentionPrf, scoreMentions, zeroMentionCounts, type MentionCounts, type MentionDetail, type MentionMeasures } from './mentions.js';
import { SearchableText, type Range } from './searchable.js';
import { addSlotCounts, SLOTS, zeroSlotCounts, type Slot, type SlotCounts } from './slots.js';

export interface DocumentScore {
  name: string;
  mentions: Record<MentionCategory, MentionCounts>;
  mentionDetails: MentionDetail[];
  events: EventScore;
  /** The machine dateline, which nothing is scored in. */
  dateline: Range | null;
}

/** Counts summed over documents (or of one document). */
export interface CorpusScore {
  documents: number;
  mentions: Record<MentionCategory, MentionCounts>;
  events: Counts;
  slots: SlotCounts;
}

export interface CorpusMetrics {
  documents: number;
  mentions: Record<MentionCategory, MentionMeasures>;
  events: Prf;
  slots: Record<Slot, Prf>;
  /** Micro-average over all slots: their counts summed, then P/R/F1. */
  slotMicro: Prf;
}

export function scoreDocument(name: string, text: string, gold: GoldFile, analysis: Pick<Analysis, 'mentions' | 'events'>): DocumentScore {
  const doc = new SearchableText(text);
  const { counts, details } = scoreMentions(doc, gold.mentions, analysis.mentions);
  return { name, mentions: counts, mentionDetails: details, events: scoreEvents(doc, gold.events, analysis.events), dateline: doc.dateline };
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

export function slotMicroCounts(slots: SlotCounts): Counts {
  return SLOTS.reduce((acc, s) => addCounts(acc, slots[s]), zeroCounts());
}

export function corpusMetrics(score: CorpusScore): CorpusMetrics {
  return {
    documents: score.documents,
    mentions: Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, mentionPrf(score.mentions[c])])) as CorpusMetrics['mentions'],
    events: prf(score.events),
    slots: Object.fromEntries(SLOTS.map((s) => [s, prf(score.slots[s])])) as CorpusMetrics['slots'],
    slotMicro: prf(slotMicroCounts(score.slots)),
  };
}

/** The measures of one document, as for a corpus of one. */
export function documentMetrics(score: DocumentScore): CorpusMetrics {
  return corpusMetrics(sumScores([score]));
}
