/**
 * The machine-readable evaluation (`conflits-fr eval --json`). Its shape,
 * version 1 (measures are fractions in [0, 1]):
 *
 *   { version: 1, gold: DIR, texts: DIR,
 *     corpus: Measures,
 *     documents: [Measures & { name, events: { ...counts, outcomes: {
 *       matched: [{ type, evidence, disagreements: [slot, ...] }],
 *       missed: [{ type, evidence }],      // gold events no prediction matched
 *       spurious: [{ type, evidence }] }}}] }   // predictions matching no gold event
 *   Measures = { documents,
 *     mentions: { dates|actors|places|quantities|attackTypes:
 *       { predicted, found, gold, goldFound, valueRight, precision, recall, f1, normalization (null: nothing found) } },
 *     events: { tp, fp, fn, precision, recall, f1 },
 *     slots: { type|attackTypes|date|actor|target|places|killed|injured|troops|count: { tp, fp, fn, precision, recall, f1 } },
 *     slotMicro: { tp, fp, fn, precision, recall, f1 } }
 */
import type { EventScore } from './events.js';
import { MENTION_CATEGORIES } from './gold.js';
import type { Evaluation } from './run.js';
import { slotMicroCounts, sumScores, type CorpusMetrics, type CorpusScore } from './score.js';
import { SLOTS } from './slots.js';

export const EVAL_JSON_VERSION = 1;

/** Counts and measures side by side, as `--json` prints them. */
export function measures(score: CorpusScore, m: CorpusMetrics) {
  return {
    documents: score.documents,
    mentions: Object.fromEntries(MENTION_CATEGORIES.map((c) => [c, { ...score.mentions[c], ...m.mentions[c] }])),
    events: { ...score.events, ...m.events },
    slots: Object.fromEntries(SLOTS.map((s) => [s, { ...score.slots[s], ...m.slots[s] }])),
    slotMicro: { ...slotMicroCounts(score.slots), ...m.slotMicro },
  };
}

const evidenceOf = (e: { evidence: string | readonly string[] | { text: string } }) =>
  typeof e.evidence === 'string' ? e.evidence : 'text' in e.evidence ? e.evidence.text : e.evidence[0]!;

function outcomes(events: EventScore) {
  return {
    matched: events.matched.map((p) => ({
      type: p.gold.type,
      evidence: evidenceOf(p.gold),
      disagreements: SLOTS.filter((s) => p.slots[s].fp + p.slots[s].fn > 0),
    })),
    missed: events.missed.map((g) => ({ type: g.type, evidence: evidenceOf(g) })),
    spurious: events.spurious.map((p) => ({ type: p.type, evidence: p.evidence.text })),
  };
}

export function evaluationJson(evaluation: Evaluation, gold: string, texts: string) {
  return {
    version: EVAL_JSON_VERSION,
    gold,
    texts,
    corpus: measures(evaluation.score, evaluation.metrics),
    documents: evaluation.documents.map((d) => {
      const m = measures(sumScores([d.score]), d.metrics);
      return { name: d.score.name, ...m, events: { ...m.events, outcomes: outcomes(d.score.events) } };
    }),
  };
}
