/**
 * The evaluation as readable tables for a terminal: the corpus scores, then
 * one line per document (and, on request, every document's full tables).
 * Measures are percentages.
 */
import { SLOTS } from './slots.js';
import { MENTION_CATEGORIES } from './gold.js';
import type { Evaluation } from './run.js';
import type { CorpusMetrics, CorpusScore } from './score.js';
import { slotMicroCounts, sumScores } from './score.js';
import { pct, textTable } from './text-table.js';

const count = (n: number) => String(n);

export function formatTable(title: string, score: CorpusScore, m: CorpusMetrics): string {
  const mentions = textTable(
    ['mentions', 'predicted', 'found', 'gold', 'gold found', 'P', 'R', 'F1', 'norm'],
    MENTION_CATEGORIES.map((c) => {
      const k = score.mentions[c];
      const x = m.mentions[c];
      return [c, count(k.predicted), count(k.found), count(k.gold), count(k.goldFound), pct(x.precision), pct(x.recall), pct(x.f1), pct(x.normalization)];
    }),
  );
  const e = score.events;
  const micro = slotMicroCounts(score.slots);
  const events = textTable(
    ['events and slots', 'tp', 'fp', 'fn', 'P', 'R', 'F1'],
    [
      ['events', count(e.tp), count(e.fp), count(e.fn), pct(m.events.precision), pct(m.events.recall), pct(m.events.f1)],
      ...SLOTS.map((s) => {
        const k = score.slots[s];
        const x = m.slots[s];
        return [`  slot ${s}`, count(k.tp), count(k.fp), count(k.fn), pct(x.precision), pct(x.recall), pct(x.f1)];
      }),
      ['slots (micro)', count(micro.tp), count(micro.fp), count(micro.fn), pct(m.slotMicro.precision), pct(m.slotMicro.recall), pct(m.slotMicro.f1)],
    ],
  );
  const docs = m.documents === 1 ? '1 document' : `${m.documents} documents`;
  return [`${title} (${docs})`, '', ...mentions, '', ...events, ''].join('\n');
}

/** One line per document: event counts and F1, slot micro F1, mention F1 per category. */
export function formatDocumentLines(evaluation: Evaluation): string {
  const rows = evaluation.documents.map(({ score, metrics }) => {
    const e = score.events.counts;
    return [score.name, `${e.tp}/${e.fp}/${e.fn}`, pct(metrics.events.f1), pct(metrics.slotMicro.f1), ...MENTION_CATEGORIES.map((c) => pct(metrics.mentions[c].f1))];
  });
  const lines = textTable(['per document', 'ev tp/fp/fn', 'ev F1', 'slot F1', ...MENTION_CATEGORIES.map((c) => `${c} F1`)], rows);
  return [...lines, ''].join('\n');
}

export function formatEvaluation(title: string, evaluation: Evaluation, perDocument = false): string {
  const parts = [formatTable(title, evaluation.score, evaluation.metrics), formatDocumentLines(evaluation)];
  if (perDocument) {
    for (const d of evaluation.documents) parts.push(formatTable(d.score.name, sumScores([d.score]), d.metrics));
  }
  return parts.join('\n');
}
